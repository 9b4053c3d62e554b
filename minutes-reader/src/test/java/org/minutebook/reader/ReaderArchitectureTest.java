package org.minutebook.reader;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The reader is pure: bytes of a page in, typed facts out, nothing of a framework, an aggregate or a service. So it
 * can be tested alone, on any page, and reused by any client (the command side's import endpoint, the CLI, a
 * test); the command side turns its facts into commands, never the other way round.
 */
class ReaderArchitectureTest {

    private static final JavaClasses READER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.minutebook.reader");

    @Test
    void readingAPageNeedsNoFrameworkNoAggregateAndNoService() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("org.minutebook.reader..", "java..",
                        "org.minutebook.events..", "org.jsoup..", "org.apache.pdfbox..")
                .check(READER);
    }
}
