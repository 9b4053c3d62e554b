package org.minutebook.access;

import org.apache.catalina.Host;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springdoc.core.customizers.ServerBaseUrlCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * What every request of a minutebook service is held to before a controller reads it, and how it is refused when
 * it falls short: every error page problem+json (Tomcat's own too), query parameters of plain text, request bodies
 * of strict JSON.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
public class RequestsAutoConfiguration {

    @Bean
    ErrorPages errorPages(AccessProblems problems) {
        return new ErrorPages(problems);
    }

    /** At Spring Boot's error path, where Tomcat forwards every error it is told of. */
    @Bean
    ServletRegistrationBean<ErrorPages> errorPagesAtTheErrorPath(ErrorPages pages,
                                                                @Value("${server.error.path:/error}") String path) {
        return new ServletRegistrationBean<>(pages, path);
    }

    /**
     * Runs after Spring Boot's own customizer, which puts a plain {@link ErrorReportValve} on the host: that one is
     * replaced, and the host told the class of its replacement so that it adds no other when it starts.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports(AccessProblems problems) {
        return new TomcatProblemReports(problems);
    }

    /** Before signing in, like the bound on bodies: nothing is read from a parameter that is not plain text. */
    @Bean
    FilterRegistrationBean<PlainParameters> plainParameters(AccessProblems problems) {
        FilterRegistrationBean<PlainParameters> registration = new FilterRegistrationBean<>(
                new PlainParameters(problems));
        registration.setOrder(-190);
        return registration;
    }

    /**
     * The OpenAPI document names the service by its configured address ({@code minutebook.public-url}), not by
     * whatever {@code Host} a request gave: the same on every instance, and nothing a caller can plant in it.
     */
    @Bean
    @ConditionalOnProperty("minutebook.public-url")
    ServerBaseUrlCustomizer configuredServer(@Value("${minutebook.public-url}") String address) {
        return (fromTheRequest, request) -> address;
    }

    @Bean
    WebMvcConfigurer strictJsonBodies() {
        return new WebMvcConfigurer() {
            @Override
            public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
                converters.stream().filter(MappingJackson2HttpMessageConverter.class::isInstance)
                        .map(MappingJackson2HttpMessageConverter.class::cast)
                        .forEach(converter -> converter.setObjectMapper(
                                StrictJson.forRequests(converter.getObjectMapper())));
            }
        };
    }

    private record TomcatProblemReports(AccessProblems problems)
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Host host = (Host) context.getParent();
                Pipeline pipeline = host.getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        pipeline.removeValve(valve);
                    }
                }
                pipeline.addValve(new ProblemReportValve(problems));
                if (host instanceof StandardHost standard) {
                    standard.setErrorReportValveClass(ProblemReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
