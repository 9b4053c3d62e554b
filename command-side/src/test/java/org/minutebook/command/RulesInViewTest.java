package org.minutebook.command;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.minutebook.command.kernel.Rule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of the record are in view: each part lists its rules in one class of constants ({@code AttendanceRules}
 * …), a rule is made nowhere else (so no id is put together where it is broken), every id is told once, every one
 * is in the catalogue (docs/events.md) and every one has its story among the tests (the command side's rules tests, or
 * a system test where the rule is about a request or a page read).
 */
class RulesInViewTest {

    private static final String ROOT = "org.minutebook.command";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void aRuleIsMadeOnlyInTheListOfItsPart() {
        noClasses().that().haveSimpleNameNotEndingWith("Rules").and().doNotHaveFullyQualifiedName(Rule.class.getName())
                .should().callMethod(Rule.class, "conflict", String.class)
                .orShould().callMethod(Rule.class, "invalid", String.class)
                .orShould().callConstructor(Rule.class, String.class, boolean.class)
                .because("each part of the record lists its rules in one place, by their ids")
                .check(CLASSES);
    }

    @Test
    void everyRuleIdIsToldOnce() {
        List<String> ids = rules().stream().map(Rule::id).toList();

        assertThat(ids).as("the rules of every part").hasSizeGreaterThan(90).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"), "a kebab-case id");
    }

    @Test
    void everyRuleIsInTheCatalogue() throws IOException {
        String catalogue = Files.readString(up("docs/events.md"));

        assertThat(rules()).extracting(Rule::id).allSatisfy(id ->
                assertThat(catalogue).as("rule " + id + " in docs/events.md").contains("`" + id + "`"));
    }

    @Test
    void everyRuleHasItsStoryAmongTheTests() throws IOException {
        String tests;
        try (Stream<Path> files = Stream.concat(Files.walk(up("command-side/src/test/java")),
                Files.walk(up("system-tests/src/test/java")))) {
            tests = files.filter(file -> file.toString().endsWith("Test.java") || file.toString().endsWith("IT.java"))
                    .map(RulesInViewTest::read)
                    .collect(Collectors.joining("\n"));
        }

        assertThat(rules()).extracting(Rule::id).allSatisfy(id ->
                assertThat(tests).as("a test that breaks rule " + id).contains("\"" + id + "\""));
    }

    /** Every rule of the command side: the {@code Rule} constants of its classes of rules. */
    private static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (JavaClass type : CLASSES) {
            if (!type.getSimpleName().endsWith("Rules")) {
                continue;
            }
            for (Field field : type.reflect().getDeclaredFields()) {
                if (field.getType() == Rule.class && Modifier.isStatic(field.getModifiers())) {
                    rules.add(value(field));
                }
            }
        }
        return rules;
    }

    private static Rule value(Field field) {
        try {
            return (Rule) field.get(null);
        } catch (IllegalAccessException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static Path up(String relative) {
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            Optional<Path> found = Optional.of(at.resolve(relative)).filter(Files::exists);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new IllegalStateException("No " + relative + " above " + Path.of("").toAbsolutePath());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
