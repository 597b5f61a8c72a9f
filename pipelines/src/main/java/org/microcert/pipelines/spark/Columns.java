package org.microcert.pipelines.spark;

import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.StructType;

/** Column expressions from names, for {@code select} and {@code groupBy}. */
public final class Columns {

  private Columns() {}

  /** The named columns, in order. */
  public static Column[] of(String... names) {
    return Arrays.stream(names).map(n -> col(n)).toArray(Column[]::new);
  }

  /** The columns of a schema, in order. */
  public static Column[] of(StructType schema) {
    return of(schema.fieldNames());
  }
}
