package org.microcert.taxonomy.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.eval.EvalReport;
import org.microcert.taxonomy.eval.Evaluator;
import org.microcert.taxonomy.eval.GoldItem;
import org.microcert.taxonomy.eval.GoldSet;
import org.microcert.taxonomy.index.CompetencyIndex;
import org.microcert.taxonomy.index.CompetencyIndexWriter;
import org.microcert.taxonomy.index.DenseIndex;
import org.microcert.taxonomy.match.CompetencyMatcher;
import org.microcert.taxonomy.match.MatcherSettings;
import org.microcert.taxonomy.match.Target;

/**
 * Developer harness (not a unit test: runs only with -Dmicrocert.deveval=true): builds the index
 * of the shared ESCO release under target/ and prints the figures on the four dev gold sets.
 */
class DevEval {

  @Test
  void printsDevFigures() throws Exception {
    Assumptions.assumeTrue(Boolean.getBoolean("microcert.deveval"));
    Path shared = Path.of(System.getProperty("microcert.shared", "../shared"));
    Path esco = shared.resolve("data/esco");
    Path idx = Path.of("target/dev-index/index");
    if (!Files.exists(idx) || Boolean.getBoolean("microcert.reindex")) {
      long t0 = System.nanoTime();
      Taxonomy t = DevEscoReader.read(esco, "v1.1.1", "en");
      long t1 = System.nanoTime();
      int n = CompetencyIndexWriter.write(t, idx);
      long t2 = System.nanoTime();
      System.out.printf("loaded in %.1f s, indexed %d docs in %.1f s%n", (t1 - t0) / 1e9, n, (t2 - t1) / 1e9);
    }
    boolean dense = !Boolean.getBoolean("microcert.nodense");
    try (CompetencyIndex ci = CompetencyIndex.open(idx)) {
      long t0 = System.nanoTime();
      DenseIndex di = dense ? DenseIndex.openOrBuild(ci, DenseIndex.defaultDir(idx)) : null;
      System.out.printf("dense ready in %.1f s (%d vectors)%n", (System.nanoTime() - t0) / 1e9, di == null ? 0 : di.size());
      for (MatcherSettings s : settings()) {
      System.out.println("settings " + s);
      CompetencyMatcher m = new CompetencyMatcher(ci, di, s);
      String only = System.getProperty("microcert.only", "");
      for (String[] f :
          List.of(
              new String[] {"skills_tech_validation.tsv", "skills"},
              new String[] {"skills_house_validation.tsv", "skills"},
              new String[] {"skills_skillskape_dev.tsv", "skills"},
              new String[] {"occupations_jobbert_titles_validation.tsv", "occupations"})) {
        if (!only.isEmpty() && !f[0].contains(only)) {
          continue;
        }
        List<GoldItem> items = GoldSet.sample(GoldSet.read(shared.resolve("eval/dev").resolve(f[0])), 3000, 42);
        Target target = Target.parse(f[1]);
        long e0 = System.nanoTime();
        EvalReport r = Evaluator.evaluate(Evaluator.matcher(m, target), items, 2);
        long e1 = System.nanoTime();
        String base = "";
        if (Boolean.getBoolean("microcert.baseline")) {
          base = " baseline " + Evaluator.evaluate(Evaluator.bm25PreferredLabels(ci, target), items, 2).toJson();
        }
        System.out.printf("%-45s %s %.1fs%s%n", f[0], r.toJson(), (e1 - e0) / 1e9, base);
      }
      }
      if (di != null) {
        di.close();
      }
    }
  }

  private static List<MatcherSettings> settings() {
    List<MatcherSettings> out = new java.util.ArrayList<>();
    for (String w : System.getProperty("microcert.w", "").split(";")) {
      for (String b : System.getProperty("microcert.boosts", "").split(";")) {
        MatcherSettings d = MatcherSettings.defaults();
        if (!w.isEmpty()) {
          d = d.withLexicalWeight(Double.parseDouble(w));
        }
        if (!b.isEmpty()) {
          String[] p = b.split(",");
          d = d.withBoosts(Float.parseFloat(p[0]), Float.parseFloat(p[1]), Float.parseFloat(p[2]),
              Float.parseFloat(p[3]), Float.parseFloat(p[4]), Float.parseFloat(p[5]));
        }
        out.add(d);
      }
    }
    return out;
  }
}
