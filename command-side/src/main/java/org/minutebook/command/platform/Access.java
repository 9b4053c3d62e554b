package org.minutebook.command.platform;

import org.minutebook.access.Role;
import org.minutebook.access.SignIn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what on the command side: clerks record and correct, the chair signs the minutes, auditors read the
 * history, verification and export, operators see the health in detail. Nothing here is public but the health
 * (up or down), the API's description and the seals' public keys. Which council's record a clerk may write is {@link CouncilScope}.
 */
@Configuration
class Access {

    @Bean
    SecurityFilterChain commandSideAccess(HttpSecurity http, SignIn signIn) throws Exception {
        return signIn.configure(http).authorizeHttpRequests(paths -> paths
                .requestMatchers("/actuator/**").hasRole(Role.OPERATOR.name())
                // the public keys that verify seals and chain heads: for any outside verifier, secret to no one
                .requestMatchers(HttpMethod.GET, "/api/audit/seal-keys").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/*/*/history")
                .hasAnyRole(Role.AUDITOR.name(), Role.CLERK.name(), Role.CHAIR.name())
                .requestMatchers(HttpMethod.GET, "/api/*/*/verify", "/api/*/*/export").hasRole(Role.AUDITOR.name())
                .requestMatchers(HttpMethod.POST, "/api/meetings/*/signature").hasRole(Role.CHAIR.name())
                .requestMatchers(HttpMethod.POST, "/api/**").hasRole(Role.CLERK.name())
                .requestMatchers(HttpMethod.PUT, "/api/**").hasRole(Role.CLERK.name())
                .anyRequest().denyAll())
                .build();
    }
}
