package uk.beacon.reports.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The reports module's import graph: its feature packages (dashboard, pack, triage, chart and
 * the shared format) have no cycle between them, and only the renderer at the top knows them all.
 */
class ImportGraphTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("uk.beacon");

    @Test
    void noCycleBetweenAnyTwoPackages() {
        assertThat(MAIN.stream().map(c -> c.getPackageName()).distinct())
                .contains("uk.beacon.reports", "uk.beacon.reports.dashboard", "uk.beacon.reports.pack",
                        "uk.beacon.reports.triage", "uk.beacon.reports.chart", "uk.beacon.reports.format");
        slices().matching("uk.beacon.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void sharedPackagesKnowNoFeature() {
        noClasses().that().resideInAnyPackage("uk.beacon.reports.format", "uk.beacon.reports.chart")
                .should().dependOnClassesThat().resideInAnyPackage("uk.beacon.reports", "uk.beacon.reports.dashboard",
                        "uk.beacon.reports.pack", "uk.beacon.reports.triage")
                .check(MAIN);
    }
}
