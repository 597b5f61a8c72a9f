package org.microcert.pipelines.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.microcert.taxonomy.align.SubmissionColumns;

/** Real learning outcomes turned into the submission template, for checks and benchmarks. */
public final class OutcomeSamples {

  /** The Glasgow/Deakin intended learning outcomes under {@code <shared>/data/outcomes/}. */
  public static final String GLASGOW_DEAKIN = "uni_glasgow_deakin_course_ilos.csv";

  private OutcomeSamples() {}

  /**
   * Writes the first {@code n} outcomes of the Glasgow/Deakin file ({@code institution,
   * course_code, course_name, outcome_no, outcome_text}) to {@code out} as a submission: one
   * credential per course, English, no hours.
   */
  public static Path glasgowDeakin(Path source, int n, Path out) throws IOException {
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (BufferedReader in = Files.newBufferedReader(source, StandardCharsets.UTF_8);
        Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        CSVPrinter p =
            CSVFormat.RFC4180
                .builder()
                .setRecordSeparator("\n")
                .setHeader(
                    SubmissionColumns.INSTITUTION,
                    SubmissionColumns.CREDENTIAL_CODE,
                    SubmissionColumns.CREDENTIAL_TITLE,
                    SubmissionColumns.CREDENTIAL_HOURS,
                    SubmissionColumns.TRANSCRIPT_CODE,
                    SubmissionColumns.OUTCOME_ID,
                    SubmissionColumns.OUTCOME_TEXT,
                    SubmissionColumns.LANGUAGE)
                .get()
                .print(w)) {
      int i = 0;
      for (CSVRecord r :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        if (i++ == n) {
          break;
        }
        p.printRecord(
            r.get("institution"),
            r.get("course_code"),
            r.get("course_name"),
            "",
            r.get("course_code"),
            r.get("outcome_no"),
            r.get("outcome_text"),
            "en");
      }
    }
    return out;
  }
}
