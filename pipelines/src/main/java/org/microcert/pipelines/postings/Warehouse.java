package org.microcert.pipelines.postings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.microcert.taxonomy.io.AtomicFiles;
import org.microcert.taxonomy.io.Reject;
import org.microcert.taxonomy.io.RejectsFile;

/**
 * Warehouse table I/O with atomic publication: every write goes to a sibling temporary folder and
 * is moved into place only when complete.
 */
public final class Warehouse {

  private Warehouse() {}

  /** The table, or an empty frame of the schema when the folder holds no Parquet yet. */
  public static Dataset<Row> readOrEmpty(SparkSession spark, Path table, StructType schema) {
    if (!hasParquet(table)) {
      return spark.createDataFrame(List.of(), schema);
    }
    return spark.read().schema(schema).parquet(table.toString());
  }

  static boolean hasParquet(Path table) {
    if (!Files.isDirectory(table)) {
      return false;
    }
    try (Stream<Path> s = Files.walk(table)) {
      return s.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list table " + table + ": " + e.getMessage(), e);
    }
  }

  /**
   * Appends rows to a partitioned table: writes them to a temporary sibling, then moves each new
   * file into its partition folder (file names are unique, so nothing is overwritten).
   */
  public static void appendPartitioned(Dataset<Row> rows, Path table, String partitionColumn) {
    Path tmp = table.resolveSibling("." + table.getFileName() + "-tmp-" + UUID.randomUUID());
    rows.write().mode(SaveMode.ErrorIfExists).partitionBy(partitionColumn).parquet(tmp.toString());
    try {
      Files.createDirectories(table);
      try (Stream<Path> s = Files.walk(tmp)) {
        for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
          String name = f.getFileName().toString();
          if (!name.endsWith(".parquet")) {
            continue;
          }
          Path target = table.resolve(tmp.relativize(f).toString());
          Files.createDirectories(target.getParent());
          Files.move(f, target, StandardCopyOption.ATOMIC_MOVE);
        }
      }
      deleteTree(tmp);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot publish table " + table + ": " + e.getMessage(), e);
    }
  }

  /** Replaces a partitioned table: writes it to a temporary sibling and swaps the folders. */
  public static void replacePartitioned(Dataset<Row> rows, Path table, String partitionColumn) {
    Path tmp = table.resolveSibling("." + table.getFileName() + "-tmp-" + UUID.randomUUID());
    rows.write().mode(SaveMode.ErrorIfExists).partitionBy(partitionColumn).parquet(tmp.toString());
    Path old = table.resolveSibling("." + table.getFileName() + "-old-" + UUID.randomUUID());
    try {
      Files.createDirectories(table.getParent());
      if (Files.exists(table)) {
        Files.move(table, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(tmp, table, StandardCopyOption.ATOMIC_MOVE);
      if (Files.exists(old)) {
        deleteTree(old);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot publish table " + table + ": " + e.getMessage(), e);
    }
  }

  /** Writes rejects through the shared {@link RejectsFile} (atomic, neutralised). */
  public static void writeRejects(List<Reject> rejects, Path file) {
    try {
      RejectsFile.write(file, rejects);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write rejects " + file + ": " + e.getMessage(), e);
    }
  }

  /** Deletes a folder tree. */
  public static void deleteTree(Path root) throws IOException {
    AtomicFiles.deleteRecursively(root);
  }
}
