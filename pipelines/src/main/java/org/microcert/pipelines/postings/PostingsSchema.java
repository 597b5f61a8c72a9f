package org.microcert.pipelines.postings;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Spark schemas of the postings tables. */
public final class PostingsSchema {

  private PostingsSchema() {}

  /** The stored postings table ({@code warehouse/postings/period=YYYY-MM/}). */
  public static final StructType POSTINGS =
      new StructType()
          .add("posting_id", DataTypes.StringType, false)
          .add("source", DataTypes.StringType)
          .add("licence", DataTypes.StringType)
          .add("title", DataTypes.StringType)
          .add("company", DataTypes.StringType)
          .add("location", DataTypes.StringType)
          .add("region", DataTypes.StringType)
          .add("country", DataTypes.StringType)
          .add("date_posted", DataTypes.DateType)
          .add("period", DataTypes.StringType)
          .add("text", DataTypes.StringType)
          .add("language", DataTypes.StringType)
          .add("url", DataTypes.StringType)
          .add("duplicate_of", DataTypes.StringType)
          .add("content_hash", DataTypes.StringType)
          .add("minhash", DataTypes.createArrayType(DataTypes.IntegerType, false));

  /** What parsing a file yields: a posting (kind "posting") or a reject (kind "reject"). */
  public static final StructType PARSED =
      new StructType()
          .add("kind", DataTypes.StringType, false)
          .add("posting_id", DataTypes.StringType)
          .add("source", DataTypes.StringType)
          .add("licence", DataTypes.StringType)
          .add("title", DataTypes.StringType)
          .add("company", DataTypes.StringType)
          .add("location", DataTypes.StringType)
          .add("region", DataTypes.StringType)
          .add("country", DataTypes.StringType)
          .add("date_posted", DataTypes.DateType)
          .add("period", DataTypes.StringType)
          .add("text", DataTypes.StringType)
          .add("language", DataTypes.StringType)
          .add("url", DataTypes.StringType)
          .add("content_hash", DataTypes.StringType)
          .add("minhash", DataTypes.createArrayType(DataTypes.IntegerType, false))
          .add("file", DataTypes.StringType)
          .add("line", DataTypes.LongType)
          .add("reject_field", DataTypes.StringType)
          .add("reject_reason", DataTypes.StringType);
}
