package org.microcert.pipelines.taxonomy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * Writes and reads small Parquet tables directly, without Spark or Hadoop (Parquet's local files
 * and plain configuration): one file per table, rows in the order given. The files use Parquet's
 * standard layout (3-level lists), so Spark reads them with the same schema. Supported column
 * types: string, int, long, double, array of string.
 */
final class ParquetRows {

  static final String FILE_NAME = "part-00000.snappy.parquet";

  private ParquetRows() {}

  /**
   * Writes {@code rows} (each an array of column values) as {@code dir/part-00000.snappy.parquet}.
   */
  static void write(Path dir, List<Column> schema, List<Object[]> rows) {
    MessageType type = messageType(schema);
    ParquetConfiguration conf = new PlainParquetConfiguration();
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve(FILE_NAME);
      SimpleGroupFactory groups = new SimpleGroupFactory(type);
      try (ParquetWriter<Group> w =
          ExampleParquetWriter.builder(new LocalOutputFile(file))
              .withType(type)
              .withConf(conf)
              .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
              .withCompressionCodec(CompressionCodecName.SNAPPY)
              .build()) {
        for (Object[] row : rows) {
          Group g = groups.newGroup();
          for (int i = 0; i < schema.size(); i++) {
            append(g, schema.get(i), row[i]);
          }
          w.write(g);
        }
      }
      Files.writeString(dir.resolve("_SUCCESS"), "");
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot write Parquet table " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Reads every row of every Parquet file in {@code dir}, as arrays of column values. */
  static List<Object[]> read(Path dir, List<Column> schema) {
    List<Object[]> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f :
          files.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList()) {
        try (ParquetReader<Group> r = new GroupReader(new LocalInputFile(f)).build()) {
          for (Group g = r.read(); g != null; g = r.read()) {
            Object[] row = new Object[schema.size()];
            for (int i = 0; i < schema.size(); i++) {
              row[i] = value(g, schema.get(i));
            }
            out.add(row);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read Parquet table " + dir + ": " + e.getMessage(), e);
    }
    return out;
  }

  /** A column: its name and one of the supported kinds. */
  record Column(String name, Kind kind) {}

  /** Column kinds, by their Spark DDL names. */
  enum Kind {
    STRING,
    INT,
    BIGINT,
    DOUBLE,
    STRING_ARRAY
  }

  /** Parses a simple Spark DDL ({@code "a string, b int, c array<string>"}) without Spark. */
  static List<Column> columns(String ddl) {
    List<Column> out = new ArrayList<>();
    for (String part : ddl.split(",")) {
      String[] nt = part.trim().split("\\s+", 2);
      String t = nt[1].trim().toLowerCase(Locale.ROOT);
      Kind k =
          switch (t) {
            case "string" -> Kind.STRING;
            case "int" -> Kind.INT;
            case "bigint" -> Kind.BIGINT;
            case "double" -> Kind.DOUBLE;
            case "array<string>" -> Kind.STRING_ARRAY;
            default ->
                throw new IllegalArgumentException(
                    "Cannot map column " + nt[0] + ": unsupported type " + t);
          };
      out.add(new Column(nt[0], k));
    }
    return out;
  }

  static MessageType messageType(List<Column> schema) {
    Types.MessageTypeBuilder b = Types.buildMessage();
    for (Column c : schema) {
      b.addField(fieldType(c));
    }
    return b.named("spark_schema");
  }

  private static Type fieldType(Column c) {
    String name = c.name();
    return switch (c.kind()) {
      case STRING ->
          Types.optional(PrimitiveTypeName.BINARY)
              .as(LogicalTypeAnnotation.stringType())
              .named(name);
      case INT -> Types.optional(PrimitiveTypeName.INT32).named(name);
      case BIGINT -> Types.optional(PrimitiveTypeName.INT64).named(name);
      case DOUBLE -> Types.optional(PrimitiveTypeName.DOUBLE).named(name);
      case STRING_ARRAY ->
          Types.optionalList()
              .optionalElement(PrimitiveTypeName.BINARY)
              .as(LogicalTypeAnnotation.stringType())
              .named(name);
    };
  }

  private static void append(Group g, Column c, Object v) {
    if (v == null) {
      return;
    }
    switch (c.kind()) {
      case STRING -> g.append(c.name(), (String) v);
      case INT -> g.append(c.name(), (Integer) v);
      case BIGINT -> g.append(c.name(), (Long) v);
      case DOUBLE -> g.append(c.name(), (Double) v);
      case STRING_ARRAY -> {
        Group list = g.addGroup(c.name());
        for (Object e : (List<?>) v) {
          list.addGroup("list").append("element", (String) e);
        }
      }
    }
  }

  private static Object value(Group g, Column c) {
    String name = c.name();
    if (c.kind() == Kind.STRING_ARRAY) {
      List<String> out = new ArrayList<>();
      if (g.getFieldRepetitionCount(name) > 0) {
        Group list = g.getGroup(name, 0);
        int n = list.getFieldRepetitionCount("list");
        for (int i = 0; i < n; i++) {
          out.add(list.getGroup("list", i).getString("element", 0));
        }
      }
      return out;
    }
    if (g.getFieldRepetitionCount(name) == 0) {
      return null;
    }
    return switch (c.kind()) {
      case STRING -> g.getString(name, 0);
      case INT -> g.getInteger(name, 0);
      case BIGINT -> g.getLong(name, 0);
      default -> g.getDouble(name, 0);
    };
  }

  /** Reads {@link Group}s from a local file with Parquet's plain configuration. */
  private static final class GroupReader extends ParquetReader.Builder<Group> {
    GroupReader(LocalInputFile file) {
      super(file, new PlainParquetConfiguration());
    }

    @Override
    protected ReadSupport<Group> getReadSupport() {
      return new GroupReadSupport();
    }
  }
}
