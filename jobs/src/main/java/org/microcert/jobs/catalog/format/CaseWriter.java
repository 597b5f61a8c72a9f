package org.microcert.jobs.catalog.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.microcert.jobs.catalog.Catalog.Competency;
import org.microcert.jobs.catalog.Catalog.Credential;
import org.microcert.jobs.catalog.MatchKind;

/**
 * 1EdTech CASE 1.1 CFPackage: a CFDocument; one CFItem per approved competency (a copy of the ESCO
 * concept, {@code exactMatchOf} it), per credential and per aligned learning outcome; outcome items
 * link to the ESCO URI with {@code exactMatchOf} when the approved match is exact and {@code
 * isRelatedTo} otherwise (CASE has no broad or narrow match). ESCO nodes are typed {@code
 * ext:ESCO}: the schema allows only {@code CASE} or an {@code ext:} value there.
 */
final class CaseWriter {

  static final String FORMAT = "CASE 1.1";
  static final String ESCO_TYPE = "ext:ESCO";

  private CaseWriter() {}

  static ObjectNode write(CatalogIndex index, Losses losses) {
    String when = index.dateTime();
    String docUri = CatalogIndex.BASE + "case/CFDocuments/" + index.documentId;
    String title = "microcert approved competency catalog";
    ObjectNode doc = FormatJson.object();
    doc.put("identifier", index.documentId);
    doc.put("uri", docUri);
    doc.put("creator", "microcert working groups");
    doc.put("title", title);
    doc.put("lastChangeDateTime", when);
    doc.put("caseVersion", "1.1");
    doc.put("version", index.catalog.version());
    doc.put("language", "en");
    doc.put("adoptionStatus", "Adopted");
    doc.put(
        "description",
        "Competencies approved by the working groups for Ontario micro-certifications, aligned to"
            + " ESCO "
            + String.join(", ", index.catalog.escoReleases())
            + ".");
    ObjectNode link = link(index.documentId, title, docUri);

    List<ObjectNode> items = new ArrayList<>();
    List<ObjectNode> associations = new ArrayList<>();
    for (Competency c : index.catalog.competencies()) {
      String uri = itemUri(c.id());
      ObjectNode item = item(c.id(), c.label(), uri, when);
      item.put("CFItemType", "Competency (" + c.ksaClass().wire() + ")");
      item.put("humanCodingScheme", "ESCO " + c.escoRelease());
      if (c.relevance() != null) {
        item.put("notes", "Relevance: " + c.relevance().summary());
      }
      items.add(item);
      associations.add(association("isChildOf", link(c.id(), c.label(), uri), link, when));
      associations.add(association("exactMatchOf", link(c.id(), c.label(), uri), esco(c), when));
    }
    for (Credential cr : index.catalog.credentials()) {
      String uri = itemUri(cr.id());
      ObjectNode item = item(cr.id(), cr.title(), uri, when);
      item.put("CFItemType", "Credential");
      item.put("humanCodingScheme", cr.code());
      item.put("abbreviatedStatement", cr.institution());
      items.add(item);
      ObjectNode crLink = link(cr.id(), cr.title(), uri);
      associations.add(association("isChildOf", crLink, link, when));
      losses.dropped(
          FORMAT,
          "credential hours and transcript code",
          (cr.hours() == null ? 0 : 1) + (cr.transcriptCode() == null ? 0 : 1));
      for (CatalogIndex.Outcome o : index.outcomes(cr)) {
        String id = CatalogIndex.outcomeId(cr, o.outcomeId());
        String ouri = itemUri(id);
        ObjectNode oi = item(id, o.text(), ouri, when);
        oi.put("CFItemType", "Learning Outcome");
        oi.put("humanCodingScheme", cr.code() + " " + o.outcomeId());
        items.add(oi);
        ObjectNode oLink = link(id, o.outcomeId(), ouri);
        associations.add(association("isChildOf", oLink, crLink, when));
        for (CatalogIndex.Link l : o.links()) {
          MatchKind m = l.alignment().match();
          String type = m == MatchKind.EXACT ? "exactMatchOf" : "isRelatedTo";
          ObjectNode a = association(type, oLink, esco(l.competency()), when);
          if (m == MatchKind.BROAD || m == MatchKind.NARROW) {
            a.put(
                "notes",
                "Approved as a " + m.wire() + " match; CASE has no " + m.wire() + " match type.");
            losses.textOnly(FORMAT, "broad / narrow match kind", 1);
          }
          associations.add(a);
          losses.dropped(FORMAT, "alignment score, rank and confidence", 1);
        }
      }
    }
    losses.dropped(FORMAT, "approvals needing review", index.catalog.needsReview().size());
    losses.decisionsAndEndorsements(FORMAT, index, "endorsements");
    losses.textOnly(FORMAT, Losses.RELEVANCE, index.relevanceCount());
    losses.limit(
        FORMAT,
        "No broad or narrow match (broadMatchOf fails the schema): such links are"
            + " isRelatedTo with a note. No per-link score, approver or endorsement. No proof"
            + " mechanism (1.1 dropped JSON-LD); the catalog manifest signs the file.");

    items.sort(Comparator.comparing(n -> n.get("identifier").asText()));
    associations.sort(Comparator.comparing(n -> n.get("identifier").asText()));
    ObjectNode pkg = FormatJson.object();
    pkg.set("CFDocument", doc);
    ArrayNode itemArray = FormatJson.array();
    items.forEach(itemArray::add);
    pkg.set("CFItems", itemArray);
    ArrayNode assocArray = FormatJson.array();
    associations.forEach(assocArray::add);
    pkg.set("CFAssociations", assocArray);
    return pkg;
  }

  static String itemUri(String id) {
    return CatalogIndex.BASE + "case/CFItems/" + id;
  }

  private static ObjectNode item(String id, String statement, String uri, String when) {
    ObjectNode item = FormatJson.object();
    item.put("identifier", id);
    item.put("fullStatement", statement == null ? "" : statement);
    item.put("uri", uri);
    item.put("lastChangeDateTime", when);
    item.put("language", "en");
    return item;
  }

  private static ObjectNode link(String id, String title, String uri) {
    ObjectNode l = FormatJson.object();
    l.put("identifier", id);
    l.put("title", title == null ? "" : title);
    l.put("uri", uri);
    return l;
  }

  private static ObjectNode esco(Competency c) {
    ObjectNode l = link(c.uri(), c.label(), c.uri());
    l.put("targetType", ESCO_TYPE);
    return l;
  }

  private static ObjectNode association(
      String type, ObjectNode origin, ObjectNode destination, String when) {
    ObjectNode a = FormatJson.object();
    String o = origin.get("uri").asText();
    String d = destination.get("uri").asText();
    a.put("identifier", CatalogIndex.linkId(o, type, d));
    a.put("associationType", type);
    a.put("uri", CatalogIndex.BASE + "case/CFAssociations/" + a.get("identifier").asText());
    a.set("originNodeURI", origin);
    a.set("destinationNodeURI", destination);
    a.put("lastChangeDateTime", when);
    return a;
  }
}
