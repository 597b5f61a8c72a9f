package org.microcert.pipelines.relevance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;

/** Writes {@code relevance.json}: the run's metadata then every table as an array of objects. */
final class RelevanceJson {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RelevanceJson() {}

  static void write(
      Path file,
      Map<String, Object> meta,
      Map<String, Dataset<Row>> tables,
      Map<String, List<Row>> rows)
      throws IOException {
    Map<String, Object> doc = new LinkedHashMap<>(meta);
    for (String name : tables.keySet()) {
      StructField[] fields = tables.get(name).schema().fields();
      List<Map<String, Object>> list = new ArrayList<>();
      for (Row r : rows.get(name)) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i++) {
          Object v = r.isNullAt(i) ? null : r.get(i);
          if (v != null && fields[i].dataType() instanceof ArrayType) {
            v = r.getList(i);
          }
          m.put(fields[i].name(), v);
        }
        list.add(m);
      }
      doc.put(name, list);
    }
    Files.writeString(file, JSON.writeValueAsString(doc) + "\n", StandardCharsets.UTF_8);
  }
}
