package org.microcert.jobs.catalog.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.microcert.jobs.catalog.jsonld.LocalContexts;
import org.microcert.jobs.catalog.proof.RdfCanonical;

/**
 * ELM v3 learning outcomes against the EC's SHACL shapes for publishing learning opportunities and
 * qualifications ({@code LOQ-constraints.ttl}, SHACL Core, Apache Jena). The controlled vocabulary
 * file {@code LOQ-constraints-mdr.ttl} is left out: its ESCO rule applies the skill IRI pattern to
 * {@code skos:inScheme} and can never pass (see {@code shared/standards/elm/README.md}).
 */
class ElmShaclIT {

  static final LocalContexts OFFICIAL = LocalContexts.standards(StandardSchemas.STANDARDS);

  static Graph data(String jsonld) throws IOException {
    String nquads =
        RdfCanonical.nquads(
            FormatJson.toJsonP(CatalogFormatsIT.JSON.readTree(jsonld)), OFFICIAL, true);
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.create().source(new StringReader(nquads)).lang(Lang.NQUADS).parse(g);
    return g;
  }

  static List<String> violations(Graph data) {
    Graph shapes =
        RDFDataMgr.loadGraph(
            StandardSchemas.STANDARDS.resolve("elm/shacl/LOQ-constraints.ttl").toString());
    ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapes), data);
    List<String> out = new ArrayList<>();
    for (ReportEntry e : report.getEntries()) {
      out.add(e.focusNode() + " " + e.resultPath() + ": " + e.message());
    }
    return out;
  }

  @Test
  void learningOutcomesConformToTheLoqShapes() throws IOException {
    String elm =
        new String(CatalogFormatsIT.FILES.get(CatalogFormats.ELM_FILE), StandardCharsets.UTF_8);
    Graph g = data(elm);
    assertThat(g.size()).isPositive();
    assertThat(violations(g)).isEmpty();
  }

  @Test
  void aLearningOutcomeWithoutTitleOrWithAnExtraPropertyViolatesThem() throws IOException {
    ObjectNode doc =
        (ObjectNode)
            CatalogFormatsIT.JSON.readTree(CatalogFormatsIT.FILES.get(CatalogFormats.ELM_FILE));
    ObjectNode first = (ObjectNode) doc.get("@graph").get(0);
    first.remove("title");
    first.put("description", "not allowed on a LearningOutcome by the closed shape");
    List<String> v = violations(data(doc.toString()));
    assertThat(v).anyMatch(s -> s.contains("title")).anyMatch(s -> s.contains("description"));
  }
}
