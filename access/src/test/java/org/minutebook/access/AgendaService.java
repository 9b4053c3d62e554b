package org.minutebook.access;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * A service of one resource, a committee's agenda, built on this module as both of minutebook's services are: for
 * the tests of what every request is held to. Anyone may search and add to it; the clerk's own view of it
 * ({@code /api/agenda/mine}) needs signing in.
 */
@SpringBootApplication
@Import(AgendaService.Agenda.class)
class AgendaService {

    @Bean
    SecurityFilterChain theMineNeedsSigningIn(HttpSecurity http, SignIn signIn) throws Exception {
        return signIn.configure(http).authorizeHttpRequests(paths -> paths
                .requestMatchers(HttpMethod.GET, "/api/agenda/mine").authenticated()
                .anyRequest().permitAll()).build();
    }

    @RestController
    static class Agenda {

        @GetMapping("/api/agenda")
        String search(@RequestParam(required = false) String q) {
            return "q=" + q;
        }

        @GetMapping("/api/agenda/mine")
        String mine() {
            return "the agenda";
        }

        @PostMapping("/api/agenda")
        String add(@RequestBody Item item) {
            return item.title();
        }

        record Item(String title, Map<String, Object> extra) {
        }
    }
}
