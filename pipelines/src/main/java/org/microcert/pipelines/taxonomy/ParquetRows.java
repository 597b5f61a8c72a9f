package org.microcert.pipelines.taxonomy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Writes and reads small Parquet tables directly, without a Spark session: one file per table,
 * rows in the order given. The files use Parquet's standard layout (3-level lists), so Spark reads
 * them with the same schema. Supported column types: string, int, long, double, array of string.
 */
final class ParquetRows {

  static final String FILE_NAME = "part-00000.snappy.parquet";

  private ParquetRows() {}

  /** Writes {@code rows} (each an array of column values) as {@code dir/part-00000.snappy.parquet}. */
  static void write(Path dir, StructType schema, List<Object[]> rows) {
    MessageType type = messageType(schema);
    Configuration conf = new Configuration();
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve(FILE_NAME);
      SimpleGroupFactory groups = new SimpleGroupFactory(type);
      try (ParquetWriter<Group> w =
          ExampleParquetWriter.builder(new org.apache.hadoop.fs.Path(file.toUri()))
              .withType(type)
              .withConf(conf)
              .withCompressionCodec(CompressionCodecName.SNAPPY)
              .build()) {
        StructField[] fields = schema.fields();
        for (Object[] row : rows) {
          Group g = groups.newGroup();
          for (int i = 0; i < fields.length; i++) {
            append(g, fields[i], row[i]);
          }
          w.write(g);
        }
      }
      Files.deleteIfExists(dir.resolve("." + FILE_NAME + ".crc"));
      Files.writeString(dir.resolve("_SUCCESS"), "");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write Parquet table " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Reads every row of every Parquet file in {@code dir}, as arrays of column values. */
  static List<Object[]> read(Path dir, StructType schema) {
    List<Object[]> out = new ArrayList<>();
    StructField[] fields = schema.fields();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList()) {
        try (ParquetReader<Group> r =
            ParquetReader.builder(new GroupReadSupport(), new org.apache.hadoop.fs.Path(f.toUri()))
                .withConf(new Configuration())
                .build()) {
          for (Group g = r.read(); g != null; g = r.read()) {
            Object[] row = new Object[fields.length];
            for (int i = 0; i < fields.length; i++) {
              row[i] = value(g, fields[i]);
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

  static MessageType messageType(StructType schema) {
    Types.MessageTypeBuilder b = Types.buildMessage();
    for (StructField f : schema.fields()) {
      b.addField(fieldType(f.name(), f.dataType()));
    }
    return b.named("spark_schema");
  }

  private static Type fieldType(String name, DataType t) {
    if (t.equals(DataTypes.StringType)) {
      return Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
    }
    if (t.equals(DataTypes.IntegerType)) {
      return Types.optional(PrimitiveTypeName.INT32).named(name);
    }
    if (t.equals(DataTypes.LongType)) {
      return Types.optional(PrimitiveTypeName.INT64).named(name);
    }
    if (t.equals(DataTypes.DoubleType)) {
      return Types.optional(PrimitiveTypeName.DOUBLE).named(name);
    }
    if (t instanceof ArrayType a && a.elementType().equals(DataTypes.StringType)) {
      return Types.optionalList()
          .optionalElement(PrimitiveTypeName.BINARY)
          .as(LogicalTypeAnnotation.stringType())
          .named(name);
    }
    throw new IllegalArgumentException("Cannot map column " + name + ": unsupported type " + t);
  }

  private static void append(Group g, StructField f, Object v) {
    if (v == null) {
      return;
    }
    DataType t = f.dataType();
    if (t.equals(DataTypes.StringType)) {
      g.append(f.name(), (String) v);
    } else if (t.equals(DataTypes.IntegerType)) {
      g.append(f.name(), (Integer) v);
    } else if (t.equals(DataTypes.LongType)) {
      g.append(f.name(), (Long) v);
    } else if (t.equals(DataTypes.DoubleType)) {
      g.append(f.name(), (Double) v);
    } else {
      Group list = g.addGroup(f.name());
      for (Object e : (List<?>) v) {
        list.addGroup("list").append("element", (String) e);
      }
    }
  }

  private static Object value(Group g, StructField f) {
    String name = f.name();
    DataType t = f.dataType();
    if (t instanceof ArrayType) {
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
    if (t.equals(DataTypes.StringType)) {
      return g.getString(name, 0);
    }
    if (t.equals(DataTypes.IntegerType)) {
      return g.getInteger(name, 0);
    }
    if (t.equals(DataTypes.LongType)) {
      return g.getLong(name, 0);
    }
    return g.getDouble(name, 0);
  }
}
