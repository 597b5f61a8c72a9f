package org.microcert.jobs.catalog.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.microcert.jobs.catalog.Catalog;
import org.microcert.jobs.catalog.Catalog.Alignment;
import org.microcert.jobs.catalog.Catalog.Competency;
import org.microcert.jobs.catalog.Catalog.Credential;
import org.microcert.jobs.catalog.StableIds;

/**
 * The catalog seen from the credentials' side, and the identifiers the formats share: every id is a
 * UUID v5 of model facts, so each version of the catalog gives the same ids to the same things.
 */
final class CatalogIndex {

  /** Where the published files are meant to be served from; ids are minted under it. */
  static final String BASE = "https://microcert.org/catalog/";

  static final UUID OUTCOME_NS = StableIds.v5(StableIds.URL_NS, "https://microcert.org/ns/outcome");
  static final UUID LINK_NS = StableIds.v5(StableIds.URL_NS, "https://microcert.org/ns/link");
  static final UUID SAMPLE_NS =
      StableIds.v5(StableIds.URL_NS, "https://microcert.org/ns/sample-credential");

  /** One learning outcome with the approved competencies aligned to it. */
  record Outcome(Credential credential, String outcomeId, String text, List<Link> links) {}

  /** One approved alignment with its competency. */
  record Link(Competency competency, Alignment alignment) {}

  final Catalog catalog;
  final String documentId;
  private final Map<String, List<Outcome>> outcomesByCredential = new LinkedHashMap<>();

  CatalogIndex(Catalog catalog) {
    this.catalog = catalog;
    this.documentId = StableIds.v5(StableIds.URL_NS, BASE + "competency-catalog").toString();
    Map<String, Map<String, List<Link>>> links = new TreeMap<>();
    Map<String, String> texts = new TreeMap<>();
    for (Competency c : catalog.competencies()) {
      for (Alignment a : c.alignments()) {
        links
            .computeIfAbsent(a.credentialId(), k -> new TreeMap<>())
            .computeIfAbsent(a.outcomeId(), k -> new ArrayList<>())
            .add(new Link(c, a));
        texts.putIfAbsent(a.credentialId() + "\n" + a.outcomeId(), a.outcomeText());
      }
    }
    for (Credential cr : catalog.credentials()) {
      List<Outcome> out = new ArrayList<>();
      links
          .getOrDefault(cr.id(), Map.of())
          .forEach(
              (outcome, ls) ->
                  out.add(new Outcome(cr, outcome, texts.get(cr.id() + "\n" + outcome), ls)));
      outcomesByCredential.put(cr.id(), List.copyOf(out));
    }
  }

  /** The catalog's decisions (distinct review log entries). */
  long decisionCount() {
    return catalog.competencies().stream()
        .flatMap(c -> c.decisions().stream())
        .map(Catalog.Decision::entry)
        .distinct()
        .count();
  }

  /** The catalog's endorsements (distinct review log entries, on credentials or competencies). */
  long endorsementCount() {
    return Stream.concat(
            catalog.credentials().stream().flatMap(c -> c.endorsements().stream()),
            catalog.competencies().stream().flatMap(c -> c.endorsements().stream()))
        .map(Catalog.Endorsement::entry)
        .distinct()
        .count();
  }

  /** The competencies with relevance evidence. */
  long relevanceCount() {
    return catalog.competencies().stream().filter(c -> c.relevance() != null).count();
  }

  /** The outcomes of a credential that carry approved competencies, sorted by outcome id. */
  List<Outcome> outcomes(Credential credential) {
    return outcomesByCredential.getOrDefault(credential.id(), List.of());
  }

  /** The approved competencies of a credential, sorted by ESCO URI, each once. */
  List<Competency> competencies(Credential credential) {
    Map<String, Competency> out = new TreeMap<>();
    for (Outcome o : outcomes(credential)) {
      o.links().forEach(l -> out.put(l.competency().uri(), l.competency()));
    }
    return List.copyOf(out.values());
  }

  /** The alignments of one credential to one competency. */
  static List<Alignment> alignments(Credential credential, Competency competency) {
    return competency.alignments().stream()
        .filter(a -> a.credentialId().equals(credential.id()))
        .toList();
  }

  static String outcomeId(Credential credential, String outcomeId) {
    return StableIds.v5(OUTCOME_NS, credential.id() + "\n" + outcomeId).toString();
  }

  static String linkId(String origin, String type, String destination) {
    return StableIds.v5(LINK_NS, origin + "\n" + type + "\n" + destination).toString();
  }

  static String sampleCredentialId(Credential credential) {
    return StableIds.v5(SAMPLE_NS, credential.id()).toString();
  }

  /** A file-name-safe form of a credential code, with its id's first 8 digits for uniqueness. */
  static String fileStem(Credential credential) {
    String safe = credential.code().replaceAll("[^A-Za-z0-9._-]", "_");
    return safe + "-" + credential.id().substring(0, 8);
  }

  /** The catalog's date as an ISO date-time at midnight UTC (no wall clock anywhere). */
  String dateTime() {
    return catalog.asOf() + "T00:00:00Z";
  }
}
