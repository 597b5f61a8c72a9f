package org.microcert.jobs;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The jobs module's layout: features depend on the run support ({@code jobs.run}) and the settings
 * ({@code jobs.config}); only the root command ({@code jobs.cli}) knows every feature.
 */
class ArchitectureTest {

  private static final String RUN = "org.microcert.jobs.run";
  private static final String CONFIG = "org.microcert.jobs.config";

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.microcert.jobs");

  @Test
  void noPackageDependsOnAnotherThatDependsBackOnIt() {
    slices().matching("org.microcert.(**)").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void onlyTheRootCommandKnowsTheRootCommand() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.microcert.jobs.cli")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.microcert.jobs.cli")
        .check(CLASSES);
  }

  @Test
  void runSupportAndSettingsDependOnNoFeature() {
    classes()
        .that()
        .resideInAnyPackage(RUN, CONFIG)
        .should()
        .onlyDependOnClassesThat(
            resideOutsideOfPackage("org.microcert.jobs..").or(resideInAnyPackage(RUN, CONFIG)))
        .check(CLASSES);
  }
}
