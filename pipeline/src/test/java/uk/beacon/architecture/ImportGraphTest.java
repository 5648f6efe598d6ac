package uk.beacon.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's import graph (docs/architecture.md, "Import graph"): no cycle between any two
 * {@code uk.beacon} packages, and no step imports the job that runs it. Each package is its
 * own slice (a subpackage such as {@code signals.step} is separate from {@code signals}).
 */
class ImportGraphTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("uk.beacon");

    static ArchRule noPackageCycles() {
        return slices().matching("uk.beacon.(**)").should().beFreeOfCycles();
    }

    @Test
    void noCycleBetweenAnyTwoPackages() {
        assertThat(MAIN.stream().map(c -> c.getPackageName()).distinct().count())
                .as("the importer found the pipeline's packages").isGreaterThan(15);
        noPackageCycles().check(MAIN);
    }

    @Test
    void stepsNeverImportTheJob() {
        // Only the wiring (job), the command line and the benchmark start jobs; every step reads
        // its run's parameters and secrets from uk.beacon.cycle instead.
        noClasses().that().resideOutsideOfPackages("uk.beacon.job..", "uk.beacon.cli..", "uk.beacon.bench..")
                .should().dependOnClassesThat().resideInAPackage("uk.beacon.job..")
                .check(MAIN);
    }

    @Test
    void theRunsParametersAreALeaf() {
        noClasses().that().resideInAPackage("uk.beacon.cycle")
                .should().dependOnClassesThat().resideOutsideOfPackages("uk.beacon.cycle", "java..", "org.springframework.batch..")
                .allowEmptyShould(false)
                .check(MAIN);
    }

    @Test
    void theCycleRuleFailsOnACycle() {
        JavaClasses fixture = new ClassFileImporter().importPackages("uk.beacon.architecture.fixture");
        assertThatThrownBy(() -> noPackageCycles().check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("fixture.a").hasMessageContaining("fixture.b");
    }
}
