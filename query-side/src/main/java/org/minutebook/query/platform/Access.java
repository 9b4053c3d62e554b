package org.minutebook.query.platform;

import org.minutebook.access.Role;
import org.minutebook.access.SignIn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may read what on the query side: everyone reads the record, but only clerks, chairs and auditors read its
 * exempt business (each read model withholds it from everyone else); operators alone rebuild the read models and
 * see the health in detail.
 */
@Configuration
class Access {

    @Bean
    SecurityFilterChain querySideAccess(HttpSecurity http, SignIn signIn) throws Exception {
        return signIn.configure(http).authorizeHttpRequests(paths -> paths
                .requestMatchers("/actuator/**", "/api/admin/**").hasRole(Role.OPERATOR.name())
                .requestMatchers(HttpMethod.GET, "/**").permitAll()
                .anyRequest().denyAll())
                .build();
    }
}
