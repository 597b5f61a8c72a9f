package org.microcert.pipelines.postings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.taxonomy.InputRejectedException;
import org.microcert.taxonomy.io.Reject;
import org.microcert.taxonomy.io.RejectsFile;

/**
 * Bad postings files built from real postings (the first lines of {@code
 * data-samples/postings/postings-sample.jsonl}), corrupted in the test. Every case reconciles:
 * records in = accepted + rejected.
 */
class PostingFileReaderTest {

  private static final Path SAMPLES =
      Path.of(System.getProperty("microcert.samples", "../data-samples"));
  private static final Path CONF = SAMPLES.getParent().resolve("conf");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> CSV_COLUMNS =
      List.of(
          "source",
          "id",
          "title",
          "company",
          "location",
          "region",
          "country",
          "date_posted",
          "url",
          "text",
          "lang");

  @TempDir Path tmp;

  private final SourceMapping shared = SourceMapping.load(CONF, "shared");

  /** What one file gave: postings that passed the normaliser, and every reject. */
  private record Outcome(List<CleanPosting> accepted, List<Reject> rejects) {
    long total() {
      return accepted.size() + rejects.size();
    }

    List<String> acceptedIds() {
      return accepted.stream().map(CleanPosting::postingId).toList();
    }
  }

  private Outcome read(Path file, String format) {
    List<CleanPosting> ok = new ArrayList<>();
    List<Reject> bad = new ArrayList<>();
    PostingFileReader.read(
        file,
        format,
        shared,
        raw -> {
          PostingNormaliser.Result r = PostingNormaliser.normalise(raw, shared);
          if (r.posting() != null) {
            ok.add(r.posting());
          } else {
            bad.add(r.reject());
          }
        },
        bad::add);
    return new Outcome(ok, bad);
  }

  private static List<String> realLines(int n) throws IOException {
    return Files.readAllLines(SAMPLES.resolve("postings/postings-sample.jsonl")).subList(0, n);
  }

  private static String id(String jsonLine) throws IOException {
    JsonNode n = JSON.readTree(jsonLine);
    return n.get("source").asText() + ":" + n.get("id").asText();
  }

  private static String csvOf(List<String> jsonLines) throws IOException {
    StringWriter w = new StringWriter();
    try (CSVPrinter p =
        CSVFormat.RFC4180
            .builder()
            .setHeader(CSV_COLUMNS.toArray(new String[0]))
            .setRecordSeparator("\n")
            .get()
            .print(w)) {
      for (String l : jsonLines) {
        JsonNode n = JSON.readTree(l);
        List<String> cells = new ArrayList<>();
        for (String c : CSV_COLUMNS) {
          cells.add(n.has(c) ? n.get(c).asText() : "");
        }
        p.printRecord(cells);
      }
    }
    return w.toString();
  }

  @Test
  void aMalformedQuotedCsvRecordIsOneRejectAndReadingGoesOn() throws IOException {
    List<String> real = realLines(6);
    String csv = csvOf(real);
    // the third posting's title gets text after its closing quote: "registered nurse"X,
    String third = JSON.readTree(real.get(2)).get("title").asText();
    csv = csv.replaceFirst(",\\Q" + third + "\\E,", ",\"" + third + "\"X,");
    Path file = tmp.resolve("postings.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    long startLine = lineOf(csv, third + "\"X");

    Outcome o = read(file, "csv");

    assertThat(o.rejects()).hasSize(1);
    assertThat(o.rejects().get(0).line()).isEqualTo(startLine);
    assertThat(o.rejects().get(0).reason()).isEqualTo("malformed CSV: text after a closing quote");
    assertThat(o.acceptedIds())
        .containsExactly(
            id(real.get(0)), id(real.get(1)), id(real.get(3)), id(real.get(4)), id(real.get(5)));
    assertThat(o.total()).isEqualTo(6);
  }

  @Test
  void aTruncatedGzipIsRefusedInOneLineNamingTheFileAndWhereItBroke() throws IOException {
    byte[] whole = gzip(String.join("\n", realLines(20)) + "\n");
    Path file = tmp.resolve("postings.jsonl.gz");
    Files.write(file, Arrays.copyOf(whole, whole.length / 2));

    assertThatThrownBy(() -> read(file, "jsonl"))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageMatching(
            "Cannot read postings file \\Q"
                + file
                + "\\E: the gzip data ends early or is corrupt"
                + " at byte \\d+ of the file, after line \\d+ \\(nothing from this run was"
                + " ingested\\)")
        .hasMessageNotContaining("\n")
        .hasMessageNotContaining("Exception");
  }

  @Test
  void aGzipBombOfOneThreeBillionCharacterLineIsARejectAndTheNextPostingIsRead()
      throws IOException {
    List<String> real = realLines(2);
    Path file = tmp.resolve("bomb.jsonl.gz");
    long huge = 3_000_000_000L;
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(file), 1 << 16) {
          {
            def.setLevel(Deflater.BEST_SPEED);
          }
        }) {
      out.write((real.get(0) + "\n{\"id\":\"bomb\",\"text\":\"").getBytes(StandardCharsets.UTF_8));
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) 'x');
      for (long written = 0; written < huge; written += chunk.length) {
        out.write(chunk, 0, (int) Math.min(chunk.length, huge - written));
      }
      out.write(("\"}\n" + real.get(1) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    assertThat(Files.size(file)).isLessThan(50_000_000L);

    Outcome o = read(file, "jsonl");

    assertThat(o.acceptedIds()).containsExactly(id(real.get(0)), id(real.get(1)));
    assertThat(o.rejects()).hasSize(1);
    assertThat(o.rejects().get(0).line()).isEqualTo(2);
    assertThat(o.rejects().get(0).reason())
        .isEqualTo("line of " + (huge + 23) + " bytes is over the 5 MB limit");
    assertThat(o.total()).isEqualTo(3);
  }

  @Test
  void aFormulaColumnNameIsRejectedAndNeutralisedInTheRejectsFile() throws IOException {
    List<String> real = realLines(3);
    ObjectNode evil = (ObjectNode) JSON.readTree(real.get(1));
    evil.put("=HYPERLINK(\"http://x.example\",\"click\")", "1");
    Path file = tmp.resolve("postings.jsonl");
    Files.write(file, List.of(real.get(0), JSON.writeValueAsString(evil), real.get(2)));

    Outcome o = read(file, "jsonl");
    Path rejects = tmp.resolve("rejects.csv");
    RejectsFile.write(rejects, o.rejects());

    assertThat(o.rejects()).hasSize(1);
    List<String> lines = Files.readAllLines(rejects);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1))
        .startsWith(file + ",2,\"'=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\",")
        .contains("unknown column");
    assertThat(o.total()).isEqualTo(3);
  }

  @Test
  void aByteOrderMarkIsSkippedInJsonLinesAndCsv() throws IOException {
    List<String> real = realLines(3);
    Path jsonl = tmp.resolve("bom.jsonl");
    Path csv = tmp.resolve("bom.csv");
    Files.writeString(jsonl, "\uFEFF" + String.join("\n", real) + "\n", StandardCharsets.UTF_8);
    Files.writeString(csv, "\uFEFF" + csvOf(real), StandardCharsets.UTF_8);

    for (Outcome o : List.of(read(jsonl, "jsonl"), read(csv, "csv"))) {
      assertThat(o.rejects()).isEmpty();
      assertThat(o.acceptedIds())
          .containsExactly(id(real.get(0)), id(real.get(1)), id(real.get(2)));
    }
  }

  @Test
  void aReplacementCharacterIsTextButInvalidBytesAreARejectNamingLineAndByte() throws IOException {
    List<String> real = realLines(4);
    String withFffd = real.get(0).replace("Overview", "Overview \uFFFD");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write((withFffd + "\n" + real.get(1) + "\n").getBytes(StandardCharsets.UTF_8));
    byte[] third = (real.get(2) + "\n").getBytes(StandardCharsets.UTF_8);
    int at = new String(third, StandardCharsets.UTF_8).indexOf("\"text\": \"") + 9;
    third[at] = (byte) 0xE9; // a Latin-1 'é' where UTF-8 is expected
    bytes.write(third);
    bytes.write((real.get(3) + "\n").getBytes(StandardCharsets.UTF_8));
    Path file = tmp.resolve("postings.jsonl");
    Files.write(file, bytes.toByteArray());

    Outcome o = read(file, "jsonl");

    assertThat(o.acceptedIds()).containsExactly(id(real.get(0)), id(real.get(1)), id(real.get(3)));
    assertThat(o.accepted().get(0).text()).contains("\uFFFD");
    assertThat(o.rejects())
        .containsExactly(
            new Reject(
                file.toString(),
                3,
                "",
                "invalid UTF-8 byte 0xE9 at byte " + (at + 1) + " of the line"));
    assertThat(o.total()).isEqualTo(4);
  }

  @Test
  void brokenJsonAndTrailingTextAreRowRejectsAndTheOtherRowsAreKept() throws IOException {
    List<String> real = realLines(4);
    Path file = tmp.resolve("postings.jsonl");
    Files.write(
        file,
        List.of(
            real.get(0),
            real.get(1).substring(0, real.get(1).length() / 2),
            real.get(2) + " {\"id\": \"extra\"}",
            real.get(3)));

    Outcome o = read(file, "jsonl");

    assertThat(o.acceptedIds()).containsExactly(id(real.get(0)), id(real.get(3)));
    assertThat(o.rejects()).extracting(Reject::line).containsExactly(2L, 3L);
    assertThat(o.rejects().get(0).reason()).startsWith("malformed JSON: ");
    assertThat(o.rejects().get(1).reason()).startsWith("trailing text after the JSON value");
    assertThat(o.total()).isEqualTo(4);
  }

  @Test
  void datesOutsideTheAcceptedRangeAreRejected() throws IOException {
    List<String> real = realLines(4);
    Path file = tmp.resolve("postings.jsonl");
    String date = "\"date_posted\": \"" + JSON.readTree(real.get(1)).get("date_posted").asText();
    Files.write(
        file,
        List.of(
            real.get(0),
            real.get(1).replace(date, "\"date_posted\": \"9999-12-31"),
            real.get(2)
                .replace(date.replace(real.get(1), real.get(2)), date)
                .replaceFirst("\"date_posted\": \"[^\"]*", "\"date_posted\": \"0001-01-01"),
            real.get(3)));

    Outcome o = read(file, "jsonl");

    assertThat(o.acceptedIds()).containsExactly(id(real.get(0)), id(real.get(3)));
    assertThat(o.rejects())
        .extracting(Reject::line, Reject::column)
        .containsExactly(tuple(2L, "date_posted"), tuple(3L, "date_posted"));
    assertThat(o.rejects().get(0).reason())
        .startsWith("date 9999-12-31 is outside the accepted range 1990-01-01 to ");
    assertThat(o.total()).isEqualTo(4);
  }

  @Test
  void aPostingWhoseTextIsOnlyInvisibleSpaceIsRejectedAsEmpty() throws IOException {
    // a no-break space (what &nbsp; decodes to) and a zero-width space: nothing readable; the
    // decoding of a bare "&nbsp;" outside HTML is the text cleaner's part
    List<String> real = realLines(2);
    ObjectNode blank = (ObjectNode) JSON.readTree(real.get(1));
    blank.put("text", "\u00A0\u200B \u00A0");
    Path file = tmp.resolve("postings.jsonl");
    Files.write(file, List.of(real.get(0), JSON.writeValueAsString(blank)));

    Outcome o = read(file, "jsonl");

    assertThat(o.acceptedIds()).containsExactly(id(real.get(0)));
    assertThat(o.rejects())
        .containsExactly(new Reject(file.toString(), 2, "text", "no text left after cleaning"));
  }

  @Test
  void aCsvHeaderNamingAColumnTwiceRefusesTheFileNamingTheColumn() throws IOException {
    String csv = csvOf(realLines(2)).replaceFirst(",company,", ",title,");
    Path file = tmp.resolve("postings.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> read(file, "csv"))
        .isInstanceOf(InputRejectedException.class)
        .hasMessage(
            "Cannot read postings file "
                + file
                + ": the header (line 1) names column 'title' twice");
  }

  private static long lineOf(String text, String needle) {
    String before = text.substring(0, text.indexOf(needle));
    return before.chars().filter(c -> c == '\n').count() + 1;
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(b)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return b.toByteArray();
  }
}
