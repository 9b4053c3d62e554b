package org.minutebook.access;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.Arrays;
import java.util.List;

/**
 * Who may call the paths of a pattern with a method (any method when null): the roles, or everyone when there are
 * none. A service lists its permissions once, in order; the first that matches decides, both for Spring Security
 * and for the roles its API description names, so the two cannot disagree.
 */
public record Permission(HttpMethod method, String pattern, List<Role> roles) {

    public Permission {
        roles = List.copyOf(roles);
    }

    public static Permission toEveryone(HttpMethod method, String pattern) {
        return new Permission(method, pattern, List.of());
    }

    public static Permission to(HttpMethod method, String pattern, Role... roles) {
        return new Permission(method, pattern, Arrays.asList(roles));
    }

    public boolean isPublic() {
        return roles.isEmpty();
    }

    /** Whether a request (or an operation of the API description, its path a template) falls under it. */
    public boolean covers(HttpMethod requestMethod, String path) {
        PathPattern parsed = PathPatternParser.defaultInstance.parse(pattern);
        return (method == null || method.equals(requestMethod)) && parsed.matches(PathContainer.parsePath(path));
    }

    /** Applies the permissions in order, then refuses whatever none of them covers. */
    public static void applyAll(List<Permission> permissions,
                                AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        for (Permission permission : permissions) {
            AuthorizeHttpRequestsConfigurer<?>.AuthorizedUrl url = permission.method == null
                    ? paths.requestMatchers(permission.pattern)
                    : paths.requestMatchers(permission.method, permission.pattern);
            if (permission.isPublic()) {
                url.permitAll();
            } else {
                url.hasAnyRole(permission.roles.stream().map(Role::name).toArray(String[]::new));
            }
        }
        paths.anyRequest().denyAll();
    }
}
