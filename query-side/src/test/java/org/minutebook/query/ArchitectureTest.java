package org.minutebook.query;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.junit.jupiter.api.Test;
import org.minutebook.query.minutes.PrintableMinutes;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.RecordFold;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query side's package rules. The record's model — {@link MeetingRecord}, its facts, the fold that makes it and
 * the minutes that word it, with everything they reach — is plain Java: no Spring, no Axon, no MongoDB, so it is
 * what it says and is tested by calling it. Pages and controllers translate HTTP only: they ask a feature's query
 * service and answer what it gives, never reading MongoDB or folding a record themselves.
 */
class ArchitectureTest {

    private static final String ROOT = "org.minutebook.query";
    private static final String[] FRAMEWORKS = {"org.springframework..", "org.axonframework..", "com.mongodb..",
            "org.bson.."};
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
    @Test
    void theRecordsModelKnowsNoFramework() {
        Set<String> model = model();
        assertThat(model).as("the model, found from the fold, the record and the minutes")
                .contains(ROOT + ".record.Fact", ROOT + ".record.AttendanceFolding", ROOT + ".record.AgendaItem");

        noClasses().that(DescribedPredicate.describe("are the record's model", type -> model.contains(type.getName())))
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("the record's model is plain Java, tested by calling it")
                .check(CLASSES);
    }

    @Test
    void pagesAndControllersTranslateOnly() {
        noClasses().that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..")
                .orShould().dependOnClassesThat().belongToAnyOf(RecordFold.class)
                .because("a page or controller asks a feature's query service and answers the typed rows it gives,"
                        + " never a Document")
                .check(CLASSES);
    }

    @Test
    void controllersAnswerTypedRows() {
        noMethods().that().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .should().haveRawReturnType(Map.class).orShould().haveRawReturnType(Object.class)
                .because("an answer is a typed record, its OpenAPI schema read from its type (issue 21)")
                .check(CLASSES);
    }

    @Test
    void noBeanIsAnEventInterceptor() {
        noClasses().that().areMetaAnnotatedWith(Component.class).should().implement(MessageHandlerInterceptor.class)
                .because("Axon's auto-configuration registers every interceptor bean around every processor's events:"
                        + " the meeting records' writer, registered for its processor as well, ran twice and wrote each"
                        + " batch twice")
                .check(CLASSES);
    }

    /** The fold, the record and the minutes, and every class of the query side they reach. */
    private static Set<String> model() {
        Set<String> model = new HashSet<>();
        Deque<JavaClass> toVisit = new ArrayDeque<>(Stream.of(RecordFold.class, MeetingRecord.class,
                PrintableMinutes.class).map(CLASSES::get).toList());
        while (!toVisit.isEmpty()) {
            JavaClass type = toVisit.pop();
            if (model.add(type.getName())) {
                type.getDirectDependenciesFromSelf().stream().map(Dependency::getTargetClass)
                        .filter(target -> target.getPackageName().startsWith(ROOT))
                        .forEach(toVisit::push);
            }
        }
        return model;
    }
}
