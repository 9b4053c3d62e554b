package org.minutebook.command.platform;

import org.axonframework.common.caching.Cache;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.support.PropertySourcesPlaceholderConfigurer;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of record — a meeting, a committee, a register of interests — is cached on its own, so that a command
 * to one kind under another kind's id finds nothing cached, and every kind a record names has its cache.
 */
class RecordCachesTest {

    @Test
    void everyKindOfRecordNamesACacheOfItsOwn() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Aggregate.class));

        List<String> named = scanner.findCandidateComponents("org.minutebook.command").stream()
                .map(definition -> cacheOf(definition.getBeanClassName())).toList();

        assertThat(named).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(AggregateCaching.CACHES);
    }

    @Test
    void eachCacheIsItsOwnAndHoldsItsConfiguredNumberOfRecords() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("operator", Map.of("minutebook.record-cache.size", "2")));
            context.registerBean(PropertySourcesPlaceholderConfigurer.class);
            context.register(AggregateCaching.class);
            context.refresh();

            Cache meetings = context.getBean("meetingCache", Cache.class);
            Cache committees = context.getBean("committeeCache", Cache.class);
            List.of("cfosc-2021-09-07", "cfosc-2021-10-05", "cfosc-2021-11-02")
                    .forEach(meeting -> meetings.put(meeting, "the meeting"));

            assertThat(context.getBeansOfType(Cache.class)).containsOnlyKeys(AggregateCaching.CACHES);
            assertThat(committees.containsKey("cfosc-2021-11-02")).isFalse();
            assertThat(meetings.<String, String>get("cfosc-2021-11-02")).isEqualTo("the meeting");
            assertThat(Stream.of("cfosc-2021-09-07", "cfosc-2021-10-05").filter(meetings::containsKey)).hasSize(1);
        }
    }

    private static String cacheOf(String className) {
        try {
            return Class.forName(className).getAnnotation(Aggregate.class).cache();
        } catch (ClassNotFoundException e) {
            throw new AssertionError(className, e);
        }
    }
}
