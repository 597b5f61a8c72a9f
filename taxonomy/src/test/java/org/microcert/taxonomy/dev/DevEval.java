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
      Taxonomy t = new org.microcert.taxonomy.esco.EscoCsvLoader().load(esco, "v1.1.1", "en").taxonomy();
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
      int bench = Integer.getInteger("microcert.bench", 0);
      if (bench > 0) {
        List<String> texts = org.microcert.taxonomy.align.AlignBenchmark.readOutcomeTexts(
            List.of(shared.resolve("data/outcomes/uni_glasgow_deakin_course_ilos.csv")));
        CompetencyMatcher bm = new CompetencyMatcher(ci, di, MatcherSettings.defaults(Target.SKILLS),
            MatcherSettings.defaults(Target.OCCUPATIONS));
        var r = org.microcert.taxonomy.align.AlignBenchmark.run(bm, texts, bench, 5, 2);
        System.out.println("bench " + r.toJson());
        if (di != null) {
          var lex = new CompetencyMatcher(ci, null, MatcherSettings.defaults(Target.SKILLS),
              MatcherSettings.defaults(Target.OCCUPATIONS));
          System.out.println("bench lexical-only " + org.microcert.taxonomy.align.AlignBenchmark.run(lex, texts, bench, 5, 2).toJson());
        }
        return;
      }
      for (MatcherSettings[] s : settings()) {
      System.out.println("settings " + s[0] + (s[0] == s[1] ? "" : " / occupations " + s[1]));
      CompetencyMatcher m = new CompetencyMatcher(ci, di, s[0], s[1]);
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
        List<GoldItem> items = GoldSet.sample(GoldSet.read(shared.resolve("eval/dev").resolve(f[0])), Integer.getInteger("microcert.limit", 3000), 42);
        Target target = Target.parse(f[1]);
        long e0 = System.nanoTime();
        EvalReport r = Evaluator.evaluate(Evaluator.matcher(m, target), items, 2);
        long e1 = System.nanoTime();
        String base = "";
        if (Boolean.getBoolean("microcert.baseline")) {
          base = " baseline " + Evaluator.evaluate(Evaluator.bm25PreferredLabels(ci, target), items, 2).toJson();
        }
        System.out.printf("%-45s %s %.1fs%s%n", f[0], r.toJson(), (e1 - e0) / 1e9, base);
        if (Boolean.getBoolean("microcert.calibrate")) {
          int[] n = new int[10];
          int[] hit = new int[10];
          var opts = new org.microcert.taxonomy.match.MatchOptions(target, 5, 100, false);
          for (GoldItem it : items) {
            for (var mm : m.match(it.text(), opts)) {
              int b = Math.min(9, (int) (mm.score() * 10));
              n[b]++;
              if (it.gold().contains(mm.uri())) {
                hit[b]++;
              }
            }
          }
          StringBuilder sb = new StringBuilder("calibration (top-5 precision by score decile) ");
          for (int b = 9; b >= 0; b--) {
            sb.append(String.format(java.util.Locale.ROOT, "[%.1f) %d/%d=%.2f  ", b / 10.0, hit[b], n[b], n[b] == 0 ? 0.0 : hit[b] / (double) n[b]));
          }
          System.out.println(sb);
        }
      }
      }
      if (di != null) {
        di.close();
      }
    }
  }

  private static List<MatcherSettings[]> settings() {
    List<MatcherSettings[]> out = new java.util.ArrayList<>();
    for (String w : System.getProperty("microcert.w", "").split(";")) {
      for (String b : System.getProperty("microcert.boosts", "").split(";")) {
        MatcherSettings sk = MatcherSettings.defaults(Target.SKILLS);
        MatcherSettings oc = MatcherSettings.defaults(Target.OCCUPATIONS);
        for (String cov : System.getProperty("microcert.coverage", "").split(";")) {
        MatcherSettings sk0 = sk;
        MatcherSettings oc0 = oc;
        if (!cov.isEmpty()) {
          sk = sk.withCoverageWeight(Double.parseDouble(cov));
          oc = oc.withCoverageWeight(Double.parseDouble(cov));
        }
        if (Boolean.getBoolean("microcert.normdense")) {
          sk = sk.withNormaliseDense(true);
          oc = oc.withNormaliseDense(true);
        }
        if (!w.isEmpty()) {
          sk = sk.withLexicalWeight(Double.parseDouble(w));
          oc = oc.withLexicalWeight(Double.parseDouble(w));
        }
        if (!b.isEmpty()) {
          String[] p = b.split(",");
          sk = sk.withBoosts(Float.parseFloat(p[0]), Float.parseFloat(p[1]), Float.parseFloat(p[2]),
              Float.parseFloat(p[3]), Float.parseFloat(p[4]), Float.parseFloat(p[5]));
          oc = sk;
        }
        out.add(new MatcherSettings[] {sk, oc});
        sk = sk0;
        oc = oc0;
        }
      }
    }
    return out;
  }
}
