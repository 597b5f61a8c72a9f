package org.microcert.taxonomy.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectsFileTest {

  @TempDir Path tmp;

  @Test
  void writesSortedNeutralisedRowsWithOneLineEndAndNoTemporaryFileLeft() throws IOException {
    Path file = tmp.resolve("out").resolve("rejects.csv");
    List<Reject> rejects =
        List.of(
            new Reject("b.csv", 3, "", "has 2 values for 3 columns"),
            new Reject(
                "a.csv",
                7,
                "=HYPERLINK(\"http://evil\",\"x\")",
                "unknown column '=HYPERLINK(\"http://evil\",\"x\")'"),
            new Reject("a.csv", 2, "text", "-1 is not a text,\r\nsecond line"));

    RejectsFile.write(file, rejects);

    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text)
        .isEqualTo(
            "file,line,column,reason\n"
                + "a.csv,2,text,\"'-1 is not a text,\r\nsecond line\"\n"
                + "a.csv,7,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\","
                + "\"unknown column '=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")'\"\n"
                + "b.csv,3,,has 2 values for 3 columns\n");
    try (var files = Files.list(file.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("rejects.csv");
    }
  }

  @Test
  void sameRejectsInAnyOrderGiveTheSameBytes() throws IOException {
    Reject a = new Reject("f.jsonl", 1, "", "malformed JSON");
    Reject b = new Reject("f.jsonl", 1, "id", "missing id");
    RejectsFile.write(tmp.resolve("one.csv"), List.of(a, b));
    RejectsFile.write(tmp.resolve("two.csv"), List.of(b, a));

    assertThat(Files.readAllBytes(tmp.resolve("one.csv")))
        .isEqualTo(Files.readAllBytes(tmp.resolve("two.csv")));
  }
}
