package org.microcert.jobs.catalog.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.microcert.jobs.catalog.Catalog.Competency;
import org.microcert.jobs.catalog.Catalog.Credential;
import org.microcert.jobs.catalog.jsonld.LocalContexts;

/**
 * European Learning Model v3: one {@code LearningOutcome} per aligned learning outcome, with {@code
 * relatedESCOSkill} to each approved ESCO concept ({@code skos:Concept} in the ESCO skills scheme)
 * and the credential in an {@code additionalNote}; the publishing profile's LearningOutcome shape
 * is closed, so nothing else fits on it.
 */
final class ElmWriter {

  static final String FORMAT = "ELM v3";
  static final String ESCO_SKILLS = "http://data.europa.eu/esco/concept-scheme/skills";

  private ElmWriter() {}

  static ObjectNode write(CatalogIndex index, Losses losses) {
    ArrayNode graph = FormatJson.array();
    for (Credential cr : index.catalog.credentials()) {
      for (CatalogIndex.Outcome o : index.outcomes(cr)) {
        ObjectNode lo = FormatJson.object();
        lo.put("id", "urn:uuid:" + CatalogIndex.outcomeId(cr, o.outcomeId()));
        lo.put("type", "LearningOutcome");
        lo.set("title", lang(o.text() == null ? o.outcomeId() : o.text()));
        ObjectNode note = FormatJson.object();
        note.put("id", "urn:uuid:" + CatalogIndex.outcomeId(cr, o.outcomeId()) + ":note");
        note.put("type", "Note");
        note.set(
            "noteLiteral",
            lang(
                "Outcome "
                    + o.outcomeId()
                    + " of "
                    + cr.code()
                    + " "
                    + cr.title()
                    + " ("
                    + cr.institution()
                    + ")."));
        lo.set("additionalNote", FormatJson.array().add(note));
        Map<String, ObjectNode> skills = new TreeMap<>();
        for (CatalogIndex.Link l : o.links()) {
          skills.put(l.competency().uri(), concept(l.competency()));
          losses.dropped(FORMAT, "match kind of each alignment", 1);
          losses.dropped(FORMAT, "alignment score, rank and confidence", 1);
        }
        ArrayNode related = FormatJson.array();
        skills.values().forEach(related::add);
        lo.set("relatedESCOSkill", related);
        graph.add(lo);
      }
      losses.dropped(
          FORMAT,
          "credential hours and transcript code",
          (cr.hours() == null ? 0 : 1) + (cr.transcriptCode() == null ? 0 : 1));
    }
    losses.decisionsAndEndorsements(FORMAT, index, "endorsements");
    losses.dropped(FORMAT, Losses.RELEVANCE, index.relevanceCount());
    for (Competency c : index.catalog.competencies()) {
      losses.dropped(
          FORMAT,
          "knowledge / skill / attitude class (dc:type needs the EU" + " skill-type vocabulary)",
          1);
    }
    List<ObjectNode> sorted = new ArrayList<>();
    graph.forEach(n -> sorted.add((ObjectNode) n));
    sorted.sort(Comparator.comparing(n -> n.get("id").asText()));
    ArrayNode out = FormatJson.array();
    sorted.forEach(out::add);
    ObjectNode doc = FormatJson.object();
    doc.set("@context", FormatJson.strings(List.of(LocalContexts.VC_V1, LocalContexts.ELM_EDC)));
    doc.set("@graph", out);
    losses.limit(
        FORMAT,
        "relatedESCOSkill is an untyped link: no match kind, score, approver or endorsement. The"
            + " LearningOutcome shape is closed; dc:type must come from the EU skill-type"
            + " vocabulary (not ESCO's), so the K/S/A class is left out. A signed European Digital"
            + " Credential needs an eIDAS seal, out of scope here.");
    return doc;
  }

  private static ObjectNode concept(Competency c) {
    ObjectNode k = FormatJson.object();
    k.put("id", c.uri());
    k.put("type", "Concept");
    ObjectNode scheme = FormatJson.object();
    scheme.put("id", ESCO_SKILLS);
    scheme.put("type", "ConceptScheme");
    k.set("inScheme", scheme);
    k.set("prefLabel", lang(c.label()));
    return k;
  }

  private static ObjectNode lang(String text) {
    ObjectNode o = FormatJson.object();
    o.put("en", text);
    return o;
  }
}
