package org.minutebook.command.platform;

import org.minutebook.access.Permission;
import org.minutebook.access.Role;
import org.minutebook.access.SignIn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import java.util.List;

/**
 * Who may do what on the command side: clerks record and correct, the chair signs the minutes, auditors read the
 * history, verification and export, operators see the health in detail. Nothing here is public but the health
 * (up or down), the API's description and the seals' public keys. Which council's record a clerk may write is
 * {@link CouncilScope}. The API description names the same roles per operation ({@link ApiDescription}).
 */
@Configuration
class Access {

    static final List<Permission> PERMISSIONS = List.of(
            Permission.to(null, "/actuator/**", Role.OPERATOR),
            // the public keys that verify seals and chain heads: for any outside verifier, secret to no one
            Permission.toEveryone(HttpMethod.GET, "/api/audit/seal-keys"),
            Permission.to(HttpMethod.GET, "/api/*/*/history", Role.AUDITOR, Role.CLERK, Role.CHAIR),
            Permission.to(HttpMethod.GET, "/api/*/*/verify", Role.AUDITOR),
            Permission.to(HttpMethod.GET, "/api/*/*/export", Role.AUDITOR),
            Permission.to(HttpMethod.POST, "/api/meetings/*/signature", Role.CHAIR),
            Permission.to(HttpMethod.POST, "/api/**", Role.CLERK),
            Permission.to(HttpMethod.PUT, "/api/**", Role.CLERK));

    @Bean
    SecurityFilterChain commandSideAccess(HttpSecurity http, SignIn signIn) throws Exception {
        return signIn.configure(http).authorizeHttpRequests(paths -> Permission.applyAll(PERMISSIONS, paths))
                .build();
    }
}
