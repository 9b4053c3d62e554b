package org.minutebook.command.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

@Configuration
class WebConfig implements WebMvcConfigurer {

    private final CommandBodyResolver commandBodies;

    WebConfig(CommandBodyResolver commandBodies) {
        this.commandBodies = commandBodies;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(commandBodies);
    }
}
