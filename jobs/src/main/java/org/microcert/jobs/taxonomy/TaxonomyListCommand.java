package org.microcert.jobs.taxonomy;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.microcert.jobs.run.RootCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code microcert taxonomy list}: the imported releases with their counts. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Show the imported ESCO releases: version, language, counts, import date.")
public final class TaxonomyListCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    var settings = RootCommand.of(spec).settings();
    List<TaxonomyManifest> all = new TaxonomyWarehouse(settings.warehouse()).manifests();
    PrintWriter out = spec.commandLine().getOut();
    if (all.isEmpty()) {
      out.println("No ESCO release imported in " + settings.warehouse() + ".");
      out.println("Import one with: microcert taxonomy import --esco DIR");
      return 0;
    }
    String fmt = "%-9s %-4s %8s %11s %10s %9s %9s  %-20s%n";
    out.printf(
        fmt,
        "VERSION",
        "LANG",
        "SKILLS",
        "OCCUPATIONS",
        "RELATIONS",
        "INDEXED",
        "REJECTED",
        "IMPORTED");
    for (TaxonomyManifest m : all) {
      out.printf(
          fmt,
          m.version(),
          m.language(),
          m.tables().getOrDefault("skills", 0L),
          m.tables().getOrDefault("occupations", 0L),
          m.tables().getOrDefault("occupation_skill_relations", 0L),
          m.indexDocuments(),
          m.rowsRejected(),
          m.importedAt());
    }
    out.flush();
    return 0;
  }
}
