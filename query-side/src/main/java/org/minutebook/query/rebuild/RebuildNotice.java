package org.minutebook.query.rebuild;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Queries keep answering during a rebuild, from read models that are filling up again; every answer, on every
 * instance (whichever started the rebuild), says so plainly in the {@code Minutebook-Rebuild} header
 * ("under-way; 42%"), and what is not found yet is answered 503 {@code rebuild-under-way}, not 404
 * ({@code Problems}).
 */
@Configuration
class RebuildNotice implements WebMvcConfigurer, HandlerInterceptor {

    static final String HEADER = "Minutebook-Rebuild";

    private final Rebuilds rebuilds;

    RebuildNotice(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Rebuilds.Progress progress = rebuilds.asWatched();
        if (progress != null && !progress.finished()) {
            response.setHeader(HEADER, "under-way; " + progress.percent() + "%");
        }
        return true;
    }
}
