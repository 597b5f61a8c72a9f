package org.microcert.jobs.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.microcert.jobs.conformance.CredentialRecord;
import org.microcert.pipelines.relevance.RelevanceDataException;
import org.microcert.pipelines.relevance.SafeNames;
import org.microcert.taxonomy.io.IoReasons;
import org.microcert.taxonomy.io.WarehouseLayout;

/** Reads a submission's alignment output and relevance scores from the warehouse. */
final class SubmissionLoader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path warehouse;

  SubmissionLoader(Path warehouse) {
    this.warehouse = warehouse;
  }

  /** Ids of the submissions with an alignment output, in name order. */
  List<String> submissionIds() {
    Path dir = new WarehouseLayout(warehouse).alignments();
    List<String> ids = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (var s = Files.list(dir)) {
        s.filter(p -> Files.isRegularFile(p.resolve("alignments.jsonl")))
            .map(p -> p.getFileName().toString())
            .filter(n -> !n.startsWith("."))
            .sorted()
            .forEach(ids::add);
      } catch (IOException e) {
        throw new RelevanceDataException(
            "Cannot list submissions in " + dir + ": " + IoReasons.of(e), e);
      }
    }
    return ids;
  }

  SubmissionData load(String id) {
    Path file =
        SafeNames.existingChild(new WarehouseLayout(warehouse).alignments(), id)
            .resolve("alignments.jsonl");
    if (!Files.isRegularFile(file)) {
      throw new RelevanceDataException(
          "Cannot write report: no submission '"
              + id
              + "' (missing "
              + file
              + "; run align first)");
    }
    JsonNode relevance = readRelevance(id);
    Map<String, List<JsonNode>> byCredential = new TreeMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode row;
        try {
          row = JSON.readTree(line);
        } catch (JsonProcessingException e) {
          throw new RelevanceDataException(
              "Cannot read alignment "
                  + file
                  + ":"
                  + n
                  + ":"
                  + e.getLocation().getColumnNr()
                  + ": "
                  + e.getOriginalMessage(),
              e);
        }
        String code = text(row, "credential_code");
        if (code == null) {
          throw new RelevanceDataException(
              "Cannot read alignment " + file + ":" + n + ": no credential_code");
        }
        byCredential.computeIfAbsent(code, k -> new ArrayList<>()).add(row);
      }
    } catch (IOException e) {
      throw new RelevanceDataException("Cannot read alignment " + file + ": " + IoReasons.of(e), e);
    }
    List<CredentialRecord> credentials = new ArrayList<>();
    byCredential.forEach((code, rows) -> credentials.add(credential(id, code, rows, relevance)));
    return new SubmissionData(id, credentials, relevance);
  }

  private JsonNode readRelevance(String id) {
    Path file =
        SafeNames.existingChild(new WarehouseLayout(warehouse).relevance(), id)
            .resolve("relevance.json");
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new RelevanceDataException(
          "Cannot read relevance scores " + file + ": " + IoReasons.of(e), e);
    }
  }

  private static CredentialRecord credential(
      String id, String code, List<JsonNode> rows, JsonNode relevance) {
    JsonNode first = rows.get(0);
    List<CredentialRecord.Outcome> outcomes = new ArrayList<>();
    for (JsonNode o : rows) {
      List<CredentialRecord.Match> matches = new ArrayList<>();
      for (JsonNode m : o.path("matches")) {
        matches.add(
            new CredentialRecord.Match(
                m.path("rank").asInt(),
                text(m, "uri"),
                text(m, "label"),
                m.path("score").asDouble(),
                text(m, "confidence")));
      }
      outcomes.add(
          new CredentialRecord.Outcome(
              text(o, "outcome_id") == null ? "" : text(o, "outcome_id"),
              text(o, "outcome_text"),
              text(o, "declared_type"),
              text(o, "ksa_class"),
              text(o, "assessment_method"),
              text(o, "evidence"),
              matches));
    }
    List<CredentialRecord.Endorsement> endorsements = new ArrayList<>();
    for (JsonNode e : first.path("partner_endorsements")) {
      endorsements.add(
          new CredentialRecord.Endorsement(
              text(e, "partner"), text(e, "endorsed"), text(e, "expires")));
    }
    JsonNode hours = first.get("credential_hours");
    return new CredentialRecord(
        id,
        text(first, "institution"),
        code,
        text(first, "credential_title"),
        hours == null || hours.isNull() ? null : hours.asDouble(),
        text(first, "transcript_code"),
        outcomes,
        endorsements,
        relevanceSummary(code, relevance));
  }

  private static CredentialRecord.Relevance relevanceSummary(String code, JsonNode relevance) {
    if (relevance == null) {
      return null;
    }
    for (JsonNode c : relevance.path("credentials")) {
      if (code.equals(text(c, "credential_code"))) {
        JsonNode score = c.get("score");
        return new CredentialRecord.Relevance(
            score == null || score.isNull() ? null : score.asDouble(),
            text(c, "band"),
            c.path("outcomes").asLong(),
            c.path("outcomes_scored").asLong(),
            text(relevance, "region"),
            text(relevance, "period"));
      }
    }
    return null;
  }

  static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
