package org.minutebook.query.platform;

import org.minutebook.access.Permission;
import org.minutebook.access.Role;
import org.minutebook.access.SignIn;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import java.net.URI;
import java.util.List;

/**
 * Who may read what on the query side: everyone reads the record, but only clerks, chairs and auditors read its
 * exempt business (each read model withholds it from everyone else); operators alone rebuild the read models and
 * see the health in detail; auditors alone read the interests not declared at a meeting; anyone signed in may ask who they are (the clerk's console does). The API description names the same roles per operation ({@link ApiDescription}).
 */
@Configuration
class Access {

    static final List<Permission> PERMISSIONS = List.of(
            Permission.to(null, "/actuator/**", Role.OPERATOR),
            Permission.to(null, "/api/admin/**", Role.OPERATOR),
            Permission.to(HttpMethod.GET, "/api/me", Role.values()),
            // registered interests not declared at a meeting: for the monitoring officer, never the public
            Permission.to(HttpMethod.GET, "/api/meetings/*/undeclared-interests", Role.AUDITOR),
            Permission.toEveryone(HttpMethod.GET, "/**"));

    @Bean
    SecurityFilterChain querySideAccess(HttpSecurity http, SignIn signIn,
                                        @Value("${minutebook.command-side-url}") String commandSideUrl) throws Exception {
        // the clerk's console records through the command side
        URI commandSide = URI.create(commandSideUrl);
        return signIn.configure(http, List.of(commandSide.getScheme() + "://" + commandSide.getRawAuthority()))
                .authorizeHttpRequests(paths -> Permission.applyAll(PERMISSIONS, paths))
                .build();
    }
}
