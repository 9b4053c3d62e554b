package org.minutebook.access;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every minutebook API description says alike, told of a clerk's command and a public reading. */
class ApiContractTest {

    private static final List<Permission> PERMISSIONS = List.of(
            Permission.toEveryone(HttpMethod.GET, "/api/audit/seal-keys"),
            Permission.to(HttpMethod.POST, "/api/meetings/*/signature", Role.CHAIR),
            Permission.to(HttpMethod.POST, "/api/**", Role.CLERK));

    @Test
    void aCommandNamesTheRoleThatMaySendItAndTheRefusalsOfThoseWhoMayNot() {
        OpenAPI api = describe("/api/meetings/{meetingId}/attendance/apologies", HttpMethod.POST, withBody());
        Operation apology = api.getPaths().get("/api/meetings/{meetingId}/attendance/apologies").getPost();

        assertThat(apology.getExtensions()).containsEntry(ApiContract.ROLES, List.of("CLERK"));
        assertThat(apology.getSecurity()).hasSize(2);
        assertThat(apology.getResponses()).containsKeys("401", "403", "413", "415");
        assertThat(apology.getResponses().get("403").getContent()).containsKey(ApiContract.PROBLEM_JSON);
    }

    @Test
    void theFirstPermissionThatCoversAnOperationDecidesItsRoleAsSpringSecurityDoes() {
        OpenAPI api = describe("/api/meetings/{meetingId}/signature", HttpMethod.POST, withBody());

        assertThat(api.getPaths().get("/api/meetings/{meetingId}/signature").getPost().getExtensions())
                .containsEntry(ApiContract.ROLES, List.of("CHAIR"));
    }

    @Test
    void aPublicReadingNeedsNoSignInAndRefusesOnlyAWrongPasswordTooManyOfThemOrAnOutage() {
        OpenAPI api = describe("/api/audit/seal-keys", HttpMethod.GET, new Operation());
        Operation keys = api.getPaths().get("/api/audit/seal-keys").getGet();

        assertThat(keys.getExtensions()).containsEntry(ApiContract.ROLES, List.of());
        assertThat(keys.getSecurity()).hasSize(1).allSatisfy(requirement -> assertThat(requirement).isEmpty());
        assertThat(keys.getResponses()).containsOnlyKeys("401", "429", "503");
        assertThat(keys.getResponses().get("503").getHeaders()).containsKey("Retry-After");
        assertThat(keys.getResponses().get("429").getHeaders()).containsKey("Retry-After");
    }

    @Test
    void theMeetingOfThePathIsAParameterEvenWhenTheCommandBodyCarriesIt() {
        OpenAPI api = describe("/api/meetings/{meetingId}/attendance/apologies", HttpMethod.POST, withBody());

        assertThat(api.getPaths().get("/api/meetings/{meetingId}/attendance/apologies").getPost().getParameters())
                .extracting(Parameter::getName, Parameter::getIn, Parameter::getRequired)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("meetingId", "path", true));
    }

    @Test
    void anOperationNoPermissionCoversStopsTheDescriptionRatherThanBeingDescribedAsOpen() {
        assertThatThrownBy(() -> describe("/api/meetings/{meetingId}", HttpMethod.DELETE, new Operation()))
                .hasMessageContaining("No permission covers DELETE /api/meetings/{meetingId}");
    }

    private static Operation withBody() {
        return new Operation().requestBody(new RequestBody()).responses(new ApiResponses());
    }

    private static OpenAPI describe(String path, HttpMethod method, Operation operation) {
        PathItem item = new PathItem();
        item.operation(PathItem.HttpMethod.valueOf(method.name()), operation);
        OpenAPI api = new OpenAPI().components(new Components()).paths(new Paths().addPathItem(path, item));
        ApiContract.describe(api, PERMISSIONS, Map.of());
        return api;
    }
}
