package org.microcert.taxonomy.esco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.microcert.taxonomy.esco.EscoSampleTest.samples;

import org.junit.jupiter.api.Test;

/** The shipped demo of rejects in {@code data-samples/esco-bad}. */
class EscoBadSampleTest {

  @Test
  void badDemoReleaseImportsWithItsElevenDeliberateRejects() {
    EscoLoadResult r = new EscoCsvLoader().load(samples("esco-bad"), null, null);

    assertThat(r.rejects())
        .extracting(x -> x.file() + ":" + x.line() + ":" + x.column())
        .containsExactly(
            "digitalSkillsCollection_en.csv:5:conceptUri",
            "occupationSkillRelations_en.csv:17:occupationUri",
            "occupationSkillRelations_en.csv:18:skillUri",
            "occupationSkillRelations_en.csv:19:relationType",
            "occupations_en.csv:41:conceptUri",
            "occupations_en.csv:59:conceptUri",
            "skills_en.csv:155:skillType",
            "skills_en.csv:164:conceptUri",
            "skills_en.csv:168:reuseLevel",
            "skills_en.csv:177:",
            "skills_en.csv:178:conceptUri");
    assertThat(r.files())
        .extracting(f -> f.fileName() + " " + f.rowsIn() + "=" + f.accepted() + "+" + f.rejected())
        .containsExactly(
            "digitalSkillsCollection_en.csv 4=3+1",
            "occupationSkillRelations_en.csv 18=15+3",
            "occupations_en.csv 5=3+2",
            "skills_en.csv 23=18+5");
    assertThat(r.taxonomy().version()).isEqualTo("v1.1.1");
  }
}
