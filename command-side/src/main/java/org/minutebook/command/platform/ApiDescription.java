package org.minutebook.command.platform;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The command API described by OpenAPI at /v3/api-docs, browsable at /swagger-ui.html. */
@Configuration
class ApiDescription {

    @Bean
    OpenAPI commandApi() {
        return new OpenAPI().info(new Info()
                .title("minutebook command side")
                .version("1")
                .description("Commands that record what happens at committee meetings. Every answer carries the "
                        + "meeting's version; send If-Match to refuse lost updates and Idempotency-Key to retry "
                        + "safely. Refusals are RFC 9457 problem+json naming the field or the rule."));
    }
}
