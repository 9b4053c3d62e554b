package org.minutebook.command;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The command side's package rules. A small kernel (what every part of a meeting's record needs of the meeting:
 * its state, times, rule violations) sits below the features; {@code meetings.Meeting} is the one class that knows
 * every feature, and no feature knows the meetings package back; the platform (HTTP, storage, Kafka) knows no
 * feature.
 */
class ArchitectureTest {

    private static final String ROOT = "org.minutebook.command";
    private static final String[] FEATURES = {ROOT + ".actions..", ROOT + ".agenda..", ROOT + ".attendance..",
            ROOT + ".business..", ROOT + ".committees..", ROOT + ".corrections..", ROOT + ".declarations..",
            ROOT + ".minutes..", ROOT + ".resolutions..", ROOT + ".feeds..", ROOT + ".history..", ROOT + ".audit..",
            ROOT + ".calendar..", ROOT + ".executive..", ROOT + ".recommendations.."};
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void theKernelKnowsNoFeatureNorTheMeetingNorThePlatform() {
        noClasses().that().resideInAPackage(ROOT + ".kernel..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .orShould().dependOnClassesThat().resideInAnyPackage(ROOT + ".meetings..", ROOT + ".platform..")
                .check(CLASSES);
    }

    @Test
    void noFeatureKnowsTheMeetingsPackage() {
        noClasses().that().resideInAnyPackage(FEATURES)
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".meetings..")
                .check(CLASSES);
    }

    @Test
    void thePlatformKnowsNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".platform..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .orShould().dependOnClassesThat().resideInAPackage(ROOT + ".meetings..")
                .check(CLASSES);
    }
}
