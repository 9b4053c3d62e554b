package org.minutebook.command.imports;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The importer's package rules, beside the command side's own ({@code ArchitectureTest}): reading a page is pure
 * Java — no framework, nothing of the command side but the event contract — so it can be tested and reused alone;
 * and nothing else depends on the importer, which sits above the features whose commands it sends.
 */
class ImportsArchitectureTest {

    private static final String ROOT = "org.minutebook.command";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void readingAPageNeedsNoFrameworkAndNoCommandSide() {
        classes().that().resideInAPackage(ROOT + ".imports.reading..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".imports.reading..", "java..",
                        "org.minutebook.events..")
                .check(CLASSES);
    }

    @Test
    void nothingButTheImporterKnowsTheImporter() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".imports..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".imports..")
                .check(CLASSES);
    }
}
