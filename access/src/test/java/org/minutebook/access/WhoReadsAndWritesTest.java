package org.minutebook.access;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The roles, the built-in users and the writes that are accepted, each told as a rule of the house. */
class WhoReadsAndWritesTest {

    @Test
    void thoseWhoRecordSignOrAuditReadExemptBusinessAndOperatorsDoNot() {
        assertThat(actor(Role.CLERK).readsExemptBusiness()).isTrue();
        assertThat(actor(Role.CHAIR).readsExemptBusiness()).isTrue();
        assertThat(actor(Role.AUDITOR).readsExemptBusiness()).isTrue();
        assertThat(actor(Role.OPERATOR).readsExemptBusiness()).isFalse();
    }

    @Test
    void aRoleIsNamedInAClaimInAnyOfTheUsualSpellings() {
        assertThat(Role.named("clerk")).contains(Role.CLERK);
        assertThat(Role.named(" CHAIR ")).contains(Role.CHAIR);
        assertThat(Role.named("ROLE_operator")).contains(Role.OPERATOR);
        assertThat(Role.named("public")).isEmpty();
    }

    @Test
    void aBuiltInUserExistsOnlyForARoleWhosePasswordIsSet() {
        MockEnvironment environment = new MockEnvironment().withProperty("MINUTEBOOK_CLERK_PASSWORD",
                "a-long-clerk-password");

        var users = BuiltInUsers.from(environment, new BCryptPasswordEncoder(4));

        assertThat(users.userExists("clerk")).isTrue();
        assertThat(users.userExists("auditor")).isFalse();
        assertThat(users.loadUserByUsername("clerk").getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_CLERK");
    }

    @Test
    void aShortPasswordStopsTheServiceFromStarting() {
        MockEnvironment environment = new MockEnvironment().withProperty("MINUTEBOOK_AUDITOR_PASSWORD", "short");

        assertThatThrownBy(() -> BuiltInUsers.from(environment, new BCryptPasswordEncoder(4)))
                .hasMessageContaining("MINUTEBOOK_AUDITOR_PASSWORD").hasMessageContaining("12");
    }

    @Test
    void onlyJsonIsAWriteAFormOfAnotherSiteCannotSend() {
        assertThat(JsonOnlyWrites.isJson("application/json")).isTrue();
        assertThat(JsonOnlyWrites.isJson("application/json; charset=utf-8")).isTrue();
        assertThat(JsonOnlyWrites.isJson("application/merge-patch+json")).isTrue();
        assertThat(JsonOnlyWrites.isJson("text/plain")).isFalse();
        assertThat(JsonOnlyWrites.isJson("application/x-www-form-urlencoded")).isFalse();
        assertThat(JsonOnlyWrites.isJson("multipart/form-data; boundary=x")).isFalse();
        assertThat(JsonOnlyWrites.isJson(null)).isFalse();
        assertThat(JsonOnlyWrites.isJson("not a type")).isFalse();
    }

    private static Actor actor(Role role) {
        return new Actor("someone", "Someone", Set.of(role), Set.of());
    }
}
