package org.microcert.taxonomy.esco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.microcert.taxonomy.esco.EscoCsvLoaderTest.fixture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fatal problems, and how version and language are detected. */
class EscoReleaseFailureTest {

  @TempDir Path tmp;

  private final EscoCsvLoader loader = new EscoCsvLoader();

  /** A copy of the good fixture in {@code tmp/<name>}. */
  private Path copyOfGood(String name) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name));
    try (Stream<Path> files = Files.list(fixture("good-v1.1.1"))) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    return dir;
  }

  @Test
  void missingFolderIsFatal() {
    Path dir = tmp.resolve("nope");
    assertThatThrownBy(() -> loader.load(dir, null, null))
        .isInstanceOf(EscoReleaseException.class)
        .hasMessage("Cannot import ESCO release " + dir + ": folder does not exist");
  }

  @Test
  void aFileInsteadOfAFolderIsFatal() throws IOException {
    Path f = Files.writeString(tmp.resolve("skills_en.csv"), "x");
    assertThatThrownBy(() -> loader.load(f, "v1.1.1", null))
        .hasMessage("Cannot import ESCO release " + f + ": not a directory");
  }

  @Test
  void folderWithoutSkillsOrOccupationsIsNotARelease() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("v1.1.1"));
    Files.writeString(dir.resolve("README.md"), "hello");
    Files.copy(fixture("good-v1.1.1/ISCOGroups_en.csv"), dir.resolve("ISCOGroups_en.csv"));
    assertThatThrownBy(() -> loader.load(dir, null, null))
        .hasMessage(
            "Cannot import ESCO release "
                + dir
                + ": not an ESCO release (no skills_<lang>.csv and no occupations_<lang>.csv)");
  }

  @Test
  void zeroByteFileIsFatalAndNamed() throws IOException {
    Path dir = copyOfGood("r-v1.1.1");
    Files.write(dir.resolve("skillGroups_en.csv"), new byte[0]);
    assertThatThrownBy(() -> loader.load(dir, null, null))
        .hasMessage(
            "Cannot import ESCO release " + dir + ": skillGroups_en.csv: file is empty (0 bytes)");
  }

  @Test
  void headerOnlySkillsFileIsFatal() throws IOException {
    Path dir = copyOfGood("r-v1.1.1");
    String header = Files.readAllLines(dir.resolve("skills_en.csv")).get(0);
    Files.writeString(dir.resolve("skills_en.csv"), header + "\r\n");
    assertThatThrownBy(() -> loader.load(dir, null, null))
        .hasMessage(
            "Cannot import ESCO release " + dir + ": skills_en.csv: file has a header but no rows");
  }

  @Test
  void missingRequiredColumnIsFatalAndNamed() throws IOException {
    Path dir = copyOfGood("r-v1.1.1");
    Path f = dir.resolve("occupations_en.csv");
    Files.writeString(f, Files.readString(f).replaceFirst("iscoGroup", "iscoGrp"));
    assertThatThrownBy(() -> loader.load(dir, null, null))
        .hasMessage(
            "Cannot import ESCO release "
                + dir
                + ": occupations_en.csv: required column 'iscoGroup' missing from the header"
                + " (line 1)");
  }

  @Test
  void invalidUtf8IsFatalWithByteOffsetAndLine() throws IOException {
    Path dir = copyOfGood("r-v1.1.1");
    Path f = dir.resolve("occupations_en.csv");
    byte[] bytes = Files.readAllBytes(f);
    String text = new String(bytes, StandardCharsets.UTF_8);
    int offset = text.indexOf("welder");
    bytes[offset] = (byte) 0xE9; // Latin-1 é, invalid here in UTF-8
    Files.write(f, bytes);
    long line = text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    assertThatThrownBy(() -> loader.load(dir, null, null))
        .hasMessage(
            "Cannot import ESCO release "
                + dir
                + ": occupations_en.csv: invalid UTF-8 at byte offset "
                + offset
                + " (line "
                + line
                + "): byte 0xE9");
  }

  @Test
  void brokenQuotingIsFatal() throws IOException {
    Path dir = copyOfGood("r-v1.1.1");
    Files.writeString(
        dir.resolve("skillSkillRelations_en.csv"),
        "originalSkillUri,originalSkillType,relationType,relatedSkillType,relatedSkillUri\r\n"
            + "\"http://x\"y,knowledge,optional,knowledge,http://z\r\n");
    assertThatThrownBy(() -> loader.load(dir, null, null))
        .isInstanceOf(EscoReleaseException.class)
        .hasMessageStartingWith(
            "Cannot import ESCO release "
                + dir
                + ": skillSkillRelations_en.csv: malformed CSV near line 2");
  }

  @Test
  void mixedLanguagesAreFatal() throws IOException {
    Path dir = copyOfGood("r-v1.1.1");
    Files.move(dir.resolve("occupations_en.csv"), dir.resolve("occupations_fr.csv"));
    assertThatThrownBy(() -> loader.load(dir, null, null))
        .hasMessageStartingWith("Cannot import ESCO release " + dir + ": mixed languages [en, fr]:")
        .hasMessageContaining("occupations_fr.csv (fr)");
  }

  @Test
  void requestedLanguageMustMatchTheFiles() throws IOException {
    Path dir = copyOfGood("r-v1.1.1");
    assertThatThrownBy(() -> loader.load(dir, null, "de"))
        .hasMessage(
            "Cannot import ESCO release "
                + dir
                + ": language de requested but the files are in en");
    assertThat(loader.load(dir, null, "en").taxonomy().language()).isEqualTo("en");
  }

  @Test
  void versionComesFromTheArgumentFirstAndIsNormalised() throws IOException {
    Path dir = copyOfGood("esco-v1.1.1");
    assertThat(loader.load(dir, "1.2", null).taxonomy().version()).isEqualTo("v1.2.0");
    assertThat(loader.load(dir, "V1.1.0", null).taxonomy().version()).isEqualTo("v1.1.0");
    assertThatThrownBy(() -> loader.load(dir, "latest", null))
        .hasMessage(
            "Cannot import ESCO release " + dir + ": version 'latest' is not of the form v1.2.3");
  }

  @Test
  void versionComesFromTheFolderName() throws IOException {
    assertThat(
            loader
                .load(copyOfGood("ESCO dataset - v1.2 - classification"), null, null)
                .taxonomy()
                .version())
        .isEqualTo("v1.2.0");
    assertThat(loader.load(copyOfGood("esco-v1.1.0"), null, null).taxonomy().version())
        .isEqualTo("v1.1.0");
  }

  @Test
  void versionIsInferredFromVersionSpecificCollections() throws IOException {
    Path dir = copyOfGood("esco");
    EscoLoadResult r = loader.load(dir, null, null);
    assertThat(r.taxonomy().version()).isEqualTo("v1.1.1");
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("version v1.1.1 inferred"));

    Files.move(
        dir.resolve("digitalSkillsCollection_en.csv"), dir.resolve("ictSkillsCollection_en.csv"));
    assertThat(loader.load(dir, null, null).taxonomy().version()).isEqualTo("v1.1.0");
  }

  @Test
  void undetectableVersionAsksForTheOption() throws IOException {
    Path dir = copyOfGood("esco");
    Files.delete(dir.resolve("digitalSkillsCollection_en.csv"));
    assertThatThrownBy(() -> loader.load(dir, null, null))
        .hasMessageContaining("cannot detect the ESCO version")
        .hasMessageEndingWith("pass --version, e.g. --version v1.1.1");
  }

  @Test
  void suffixlessRelationFilesAreAcceptedAndMissingFilesUseTheirNaming() throws IOException {
    Path dir = copyOfGood("r-v1.1.1");
    Files.move(
        dir.resolve("occupationSkillRelations_en.csv"),
        dir.resolve("occupationSkillRelations.csv"));
    Files.delete(dir.resolve("skillSkillRelations_en.csv"));
    Files.delete(dir.resolve("broaderRelationsSkillPillar_en.csv"));
    Files.delete(dir.resolve("broaderRelationsOccPillar_en.csv"));
    EscoLoadResult r = loader.load(dir, null, null);

    assertThat(r.taxonomy().occupationSkillRelations()).hasSize(5);
    assertThat(r.missingFiles())
        .containsExactly(
            "skillSkillRelations.csv",
            "broaderRelationsSkillPillar.csv",
            "broaderRelationsOccPillar.csv");
  }

  @Test
  void missingSkillsFileIsAWarningNotAFailure() throws IOException {
    Path dir = copyOfGood("r-v1.1.1");
    Files.delete(dir.resolve("skills_en.csv"));
    EscoLoadResult r = loader.load(dir, null, null);

    assertThat(r.missingFiles()).containsExactly("skills_en.csv");
    assertThat(r.warnings()).contains("no skills file (skills_en.csv): skills not imported");
    assertThat(r.taxonomy().occupationSkillRelations()).hasSize(5);
    assertThat(r.rejects()).isEmpty();
  }

  @Test
  void aUtf8ByteOrderMarkIsTolerated() throws IOException {
    Path dir = copyOfGood("r-v1.1.1");
    Path f = dir.resolve("skills_en.csv");
    byte[] body = Files.readAllBytes(f);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Files.write(f, withBom);

    EscoLoadResult r = loader.load(dir, null, null);
    assertThat(r.taxonomy().skills()).hasSize(5);
    assertThat(r.rejects()).isEmpty();
  }

  @Test
  void fileReportRefusesCountsThatDoNotReconcile() {
    assertThatThrownBy(() -> new FileReport("skills_en.csv", EscoFile.SKILLS, "", 10, 5, 3, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot report on skills_en.csv: rowsIn 5 != accepted 3 + rejected 1");
  }

  @Test
  void unknownCsvFilesAreIgnoredWithAWarning() throws IOException {
    Path dir = copyOfGood("r-v1.1.1");
    Files.writeString(dir.resolve("notes.csv"), "a,b\r\n");
    assertThat(loader.load(dir, null, null).warnings())
        .contains("ignored notes.csv: not an ESCO file name");
  }
}
