package org.microcert.taxonomy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The taxonomy module's boundaries: plain Java and Lucene, no package cycles. */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.microcert.taxonomy");

  @Test
  void noPackageDependsOnAnotherThatDependsBackOnIt() {
    slices().matching("org.microcert.(**)").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void taxonomyUsesNeitherSparkNorSpringNorPicocli() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..", "scala..", "org.springframework..", "picocli..")
        .check(CLASSES);
  }

  @Test
  void taxonomyDependsOnNoOtherMicrocertModule() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.microcert.pipelines..", "org.microcert.jobs..")
        .check(CLASSES);
  }
}
