package org.minutebook.query.platform;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The query API described by OpenAPI at /v3/api-docs, browsable at /swagger-ui.html. */
@Configuration
class ApiDescription {

    @Bean
    OpenAPI queryApi() {
        return new OpenAPI().info(new Info()
                .title("minutebook query side")
                .version("1")
                .description("Read models of committee meetings: meetings and agendas, attendance, declarations, "
                        + "the decision register, questions, actions and referrals, and the minutes. Meeting-scoped "
                        + "queries take minVersion (the version a command answered) to read your own writes."));
    }
}
