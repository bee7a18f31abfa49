package fr.vigie.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * The engine's structure, checked on its compiled classes: framework-free, no cycle between its
 * packages, and layered (docs/ARCHITECTURE.md draws the map):
 *
 * <pre>
 * kernel  &lt;-  I/O  &lt;-  reference data  &lt;-  domain  &lt;-  facade  &lt;-  cli
 * </pre>
 *
 * <p>Inside the domain layer the allowed uses are listed one by one: the assessment combines risk,
 * regulation, solution, ledger and the OECD steps (which read the regulation's chain positions);
 * no other domain package uses another.
 */
class ArchitectureTests {

  private static final JavaClasses ENGINE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("fr.vigie.engine");

  /**
   * Every package is its own slice ({@code fr.vigie.engine.risk} and {@code fr.vigie.engine.risk.supply}
   * are two slices), so a sub-package may not depend back on its parent when the parent uses it.
   * Sliced from {@code fr.vigie} so that the root package of the engine is a slice as well, and so
   * that the same rule can be shown failing on the test fixture {@code fr.vigie.archfixture}.
   */
  static final ArchRule NO_PACKAGE_CYCLES =
      slices()
          .matching("fr.vigie.(**)")
          .namingSlices("$1")
          .should()
          .beFreeOfCycles()
          .because("a package cycle ties features together: neither can change, be tested or be read alone");

  static final ArchRule LAYERS =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .ensureAllClassesAreContainedInArchitecture()
          .layer("Kernel").definedBy("fr.vigie.engine.kernel..")
          .layer("IO").definedBy("fr.vigie.engine.yaml..", "fr.vigie.engine.io..")
          .layer("ReferenceData").definedBy(
              "fr.vigie.engine.country..",
              "fr.vigie.engine.mineral..",
              "fr.vigie.engine.indicator..",
              "fr.vigie.engine.duediligence..",
              "fr.vigie.engine.valuechain..",
              "fr.vigie.engine.production..",
              "fr.vigie.engine.refdata..")
          .layer("Risk").definedBy("fr.vigie.engine.risk..")
          .layer("Regulation").definedBy("fr.vigie.engine.regulation..")
          .layer("Solution").definedBy("fr.vigie.engine.solution..")
          .layer("Ledger").definedBy("fr.vigie.engine.ledger..")
          .layer("Declaration").definedBy("fr.vigie.engine.declaration..")
          .layer("Oecd").definedBy("fr.vigie.engine.oecd..")
          .layer("Assessment").definedBy("fr.vigie.engine.assessment..")
          .layer("Filing").definedBy("fr.vigie.engine.filing..")
          .optionalLayer("Facade").definedBy("fr.vigie.engine", "fr.vigie.engine.api..")
          .layer("Cli").definedBy("fr.vigie.engine.cli..")
          .whereLayer("Kernel").mayNotAccessAnyLayer()
          .whereLayer("IO").mayOnlyAccessLayers("Kernel")
          .whereLayer("ReferenceData").mayOnlyAccessLayers("Kernel", "IO")
          .whereLayer("Risk").mayOnlyAccessLayers("Kernel", "IO", "ReferenceData")
          .whereLayer("Regulation").mayOnlyAccessLayers("Kernel", "IO", "ReferenceData")
          .whereLayer("Solution").mayOnlyAccessLayers("Kernel", "IO", "ReferenceData")
          .whereLayer("Ledger").mayOnlyAccessLayers("Kernel", "IO", "ReferenceData")
          .whereLayer("Declaration").mayOnlyAccessLayers("Kernel", "IO", "ReferenceData")
          .whereLayer("Oecd").mayOnlyAccessLayers("Kernel", "IO", "ReferenceData", "Regulation")
          .whereLayer("Assessment")
          .mayOnlyAccessLayers("Kernel", "IO", "ReferenceData", "Risk", "Regulation", "Solution", "Ledger", "Oecd")
          .whereLayer("Filing")
          .mayOnlyAccessLayers("Kernel", "IO", "ReferenceData", "Regulation", "Solution", "Declaration", "Oecd", "Assessment")
          .whereLayer("Facade")
          .mayOnlyAccessLayers(
              "Kernel", "IO", "ReferenceData", "Risk", "Regulation", "Solution", "Ledger", "Declaration",
              "Oecd", "Assessment", "Filing")
          .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
          .because("each layer builds on the ones below it only; a new package must be placed in a layer here");

  @Test
  void engineDependsOnNoFrameworkNorDatabase() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..", "jakarta..", "javax.persistence..", "javax.servlet..",
            "java.sql..", "javax.sql..", "org.hibernate..", "org.flywaydb..")
        .because("the engine is a framework-free library usable from the command line")
        .check(ENGINE);
  }

  @Test
  void enginePackagesHaveNoCycle() {
    NO_PACKAGE_CYCLES.check(ENGINE);
  }

  @Test
  void enginePackagesFollowTheLayers() {
    LAYERS.check(ENGINE);
  }

  @Test
  void theNoCycleRuleReportsADeliberateCycle() {
    // fr.vigie.archfixture.a.Upstream uses b.Downstream, which uses a.Upstream back: a two-package
    // cycle kept in test code. The engine's rule, unchanged, must flag it.
    JavaClasses fixture = new ClassFileImporter().importPackages("fr.vigie.archfixture");
    assertThat(fixture).hasSize(2);

    EvaluationResult result = NO_PACKAGE_CYCLES.evaluate(fixture);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .singleElement()
        .asString()
        .startsWith("Cycle detected: archfixture.a ->")
        .contains("Dependencies of archfixture.a", "Dependencies of archfixture.b")
        .contains("<fr.vigie.archfixture.b.Downstream.again()> calls method <fr.vigie.archfixture.a.Upstream.next()>");
  }

  @Test
  void theNoCycleRuleAcceptsTheFixtureWithoutItsBackEdge() {
    // The same classes minus the back edge (b -> a): with Upstream alone there is no cycle, so the
    // violation above comes from the cycle and not from the rule failing on anything.
    JavaClasses upstreamOnly = new ClassFileImporter().importClasses(fr.vigie.archfixture.a.Upstream.class);

    assertThat(NO_PACKAGE_CYCLES.evaluate(upstreamOnly).hasViolation()).isFalse();
  }
}
