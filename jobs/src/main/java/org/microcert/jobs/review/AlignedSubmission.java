package org.microcert.jobs.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.microcert.pipelines.relevance.SafeNames;
import org.microcert.taxonomy.io.WarehouseLayout;

/**
 * A submission's credentials, outcomes and alignment candidates, as {@code align} wrote them to
 * {@code <warehouse>/alignments/<id>/alignments.jsonl}: what review decisions are checked against
 * and the catalog is built from.
 *
 * @param id submission id
 * @param credentials by credential code, in file order
 */
public record AlignedSubmission(String id, Map<String, Credential> credentials) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One credential.
   *
   * @param code credential code
   * @param institution issuing institution
   * @param title title
   * @param hours hours, or {@code null}
   * @param transcriptCode transcript code, or {@code null}
   * @param assessments the outcomes' assessment methods, distinct, in file order
   * @param outcomes by outcome id, in file order
   */
  public record Credential(
      String code,
      String institution,
      String title,
      Double hours,
      String transcriptCode,
      List<String> assessments,
      Map<String, Outcome> outcomes) {}

  /**
   * One learning outcome and its ranked candidates.
   *
   * @param id outcome id
   * @param text outcome text
   * @param ksaClass knowledge / skill / attitude as the aligner classed it
   * @param matches candidates, best first
   */
  public record Outcome(String id, String text, String ksaClass, List<Match> matches) {

    /** The candidate with this URI, if the outcome was aligned to it. */
    public Optional<Match> match(String uri) {
      return matches.stream().filter(m -> m.uri().equals(uri)).findFirst();
    }
  }

  /**
   * One candidate ESCO concept.
   *
   * @param rank 1 = best
   * @param uri ESCO URI
   * @param label ESCO preferred label
   * @param skillType ESCO skill type ({@code knowledge}, {@code skill/competence})
   * @param score matcher score
   * @param confidence high / medium / low
   */
  public record Match(
      int rank, String uri, String label, String skillType, double score, String confidence) {}

  /** The credential with this code, if any. */
  public Optional<Credential> credential(String code) {
    return Optional.ofNullable(code == null ? null : credentials.get(code));
  }

  /** Reads a submission from the warehouse; empty if it has no alignment output. */
  public static Optional<AlignedSubmission> read(Path warehouse, String id) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    Path file;
    try {
      file =
          SafeNames.existingChild(new WarehouseLayout(warehouse).alignments(), id)
              .resolve("alignments.jsonl");
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Map<String, Credential> credentials = new LinkedHashMap<>();
    Map<String, Set<String>> assessments = new LinkedHashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode row = JSON.readTree(line);
        String code = text(row, "credential_code");
        if (code == null) {
          continue;
        }
        Credential c =
            credentials.computeIfAbsent(
                code,
                k ->
                    new Credential(
                        k,
                        text(row, "institution"),
                        text(row, "credential_title"),
                        row.path("credential_hours").isNumber()
                            ? row.path("credential_hours").asDouble()
                            : null,
                        text(row, "transcript_code"),
                        new ArrayList<>(),
                        new LinkedHashMap<>()));
        String method = text(row, "assessment_method");
        if (method != null && !method.isBlank()) {
          assessments.computeIfAbsent(code, k -> new LinkedHashSet<>()).add(method.strip());
        }
        List<Match> matches = new ArrayList<>();
        for (JsonNode m : row.path("matches")) {
          matches.add(
              new Match(
                  m.path("rank").asInt(),
                  text(m, "uri"),
                  text(m, "label"),
                  text(m, "skill_type"),
                  m.path("score").asDouble(),
                  text(m, "confidence")));
        }
        String oid = text(row, "outcome_id") == null ? "" : text(row, "outcome_id");
        c.outcomes()
            .put(
                oid,
                new Outcome(
                    oid, text(row, "outcome_text"), text(row, "ksa_class"), List.copyOf(matches)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read alignments " + file, e);
    }
    Map<String, Credential> out = new LinkedHashMap<>();
    credentials.forEach(
        (code, c) ->
            out.put(
                code,
                new Credential(
                    c.code(),
                    c.institution(),
                    c.title(),
                    c.hours(),
                    c.transcriptCode(),
                    List.copyOf(assessments.getOrDefault(code, Set.of())),
                    Collections.unmodifiableMap(c.outcomes()))));
    return Optional.of(new AlignedSubmission(id, out));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
