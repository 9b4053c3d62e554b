package org.minutebook.command.imports;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The importer's package rule, beside the command side's own ({@code ArchitectureTest}): nothing else depends on
 * the importer, which sits above the features whose commands it sends. Reading a page is a module of its own
 * ({@code minutes-reader}, held pure by its {@code ReaderArchitectureTest}).
 */
class ImportsArchitectureTest {

    private static final String ROOT = "org.minutebook.command";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void nothingButTheImporterKnowsTheImporter() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".imports..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".imports..")
                .check(CLASSES);
    }
}
