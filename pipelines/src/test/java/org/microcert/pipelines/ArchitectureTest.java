package org.microcert.pipelines;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The pipelines module's boundaries: Spark work on the taxonomy, no Spring, no CLI, no cycles. */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.microcert.pipelines");

  @Test
  void noPackageDependsOnAnotherThatDependsBackOnIt() {
    slices().matching("org.microcert.(**)").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void pipelinesUseNeitherSpringNorPicocli() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "picocli..")
        .check(CLASSES);
  }

  @Test
  void pipelinesDoNotDependOnJobs() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.microcert.jobs..")
        .check(CLASSES);
  }
}
