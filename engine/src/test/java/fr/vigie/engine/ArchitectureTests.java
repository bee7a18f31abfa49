package fr.vigie.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine stays framework-free: no Spring, no Jakarta EE, no JDBC, no servlet. */
class ArchitectureTests {

  private static final JavaClasses ENGINE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("fr.vigie.engine");

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

}
