package org.microcert.pipelines.relevance;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Weights and thresholds of the relevance score, as read from {@code conf/relevance.yaml}.
 *
 * <p>The formula they feed is documented in {@code docs/relevance.md}. {@link #defaults()} holds
 * the code defaults; {@link RelevanceConfigReader} overlays a YAML file on them and rejects unknown
 * keys.
 */
public record RelevanceConfig(
    @JsonProperty("weights") Weights weights,
    @JsonProperty("saturation") Saturation saturation,
    @JsonProperty("alignment-confidence") AlignmentConfidence alignmentConfidence,
    @JsonProperty("evidence") Evidence evidence,
    @JsonProperty("bands") Bands bands,
    @JsonProperty("gaps") Gaps gaps) {

  public RelevanceConfig {
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(saturation, "saturation");
    Objects.requireNonNull(alignmentConfidence, "alignment-confidence");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(bands, "bands");
    Objects.requireNonNull(gaps, "gaps");
  }

  /** The code defaults (the same values as the shipped {@code conf/relevance.yaml}). */
  public static RelevanceConfig defaults() {
    return new RelevanceConfig(
        new Weights(0.35, 0.15, 0.15, 0.20, 0.15),
        new Saturation(0.10, 0.05, 10, 0.20),
        new AlignmentConfidence(1.0, 0.6, 0.3),
        new Evidence(5, 1.96),
        new Bands(60, 35, 0.02, 0.01),
        new Gaps(25, 3, 10, 8));
  }

  /** Relative weights of the five components; non-negative, not all zero. */
  public record Weights(
      @JsonProperty("demand") double demand,
      @JsonProperty("trend") double trend,
      @JsonProperty("breadth") double breadth,
      @JsonProperty("essential") double essential,
      @JsonProperty("alignment") double alignment) {
    public Weights {
      for (double w : new double[] {demand, trend, breadth, essential, alignment}) {
        if (!(w >= 0)) {
          throw new IllegalArgumentException("Cannot use relevance weight: " + w + " is negative");
        }
      }
      if (demand + trend + breadth + essential + alignment <= 0) {
        throw new IllegalArgumentException("Cannot use relevance weights: they sum to zero");
      }
    }

    /** Sum of the weights (the score divides by it). */
    public double total() {
      return demand + trend + breadth + essential + alignment;
    }
  }

  /** Values at which each component reaches 1. */
  public record Saturation(
      @JsonProperty("share") double share,
      @JsonProperty("trend") double trend,
      @JsonProperty("breadth") int breadth,
      @JsonProperty("essential-share") double essentialShare) {
    public Saturation {
      if (!(share > 0) || !(trend > 0) || breadth <= 0 || !(essentialShare > 0)) {
        throw new IllegalArgumentException(
            "Cannot use relevance saturation: every value must be positive");
      }
    }
  }

  /** Component value of each alignment confidence label. */
  public record AlignmentConfidence(
      @JsonProperty("high") double high,
      @JsonProperty("medium") double medium,
      @JsonProperty("low") double low) {
    public AlignmentConfidence {
      for (double v : new double[] {high, medium, low}) {
        if (!(v >= 0 && v <= 1)) {
          throw new IllegalArgumentException(
              "Cannot use alignment confidence value: " + v + " is outside [0, 1]");
        }
      }
    }
  }

  /** Minimum postings behind a score, and the z value of the Wilson interval. */
  public record Evidence(
      @JsonProperty("min-postings") long minPostings, @JsonProperty("z") double z) {
    public Evidence {
      if (minPostings < 1) {
        throw new IllegalArgumentException(
            "Cannot use evidence.min-postings: " + minPostings + " is below 1");
      }
      if (!(z > 0)) {
        throw new IllegalArgumentException("Cannot use evidence.z: " + z + " is not positive");
      }
    }
  }

  /** Band thresholds: score cut-offs (0..100) and the emerging rule. */
  public record Bands(
      @JsonProperty("high") double high,
      @JsonProperty("moderate") double moderate,
      @JsonProperty("emerging-max-share") double emergingMaxShare,
      @JsonProperty("emerging-min-trend") double emergingMinTrend) {
    public Bands {
      if (!(moderate >= 0 && moderate <= high && high <= 100)) {
        throw new IllegalArgumentException(
            "Cannot use bands: need 0 <= moderate <= high <= 100, got moderate="
                + moderate
                + " high="
                + high);
      }
    }
  }

  /** Sizes of the gap analysis outputs. */
  public record Gaps(
      @JsonProperty("max-region-gaps") int maxRegionGaps,
      @JsonProperty("target-occupations") int targetOccupations,
      @JsonProperty("max-pathway-skills") int maxPathwaySkills,
      @JsonProperty("trend-competencies") int trendCompetencies) {
    public Gaps {
      if (maxRegionGaps < 0
          || targetOccupations < 1
          || maxPathwaySkills < 0
          || trendCompetencies < 0) {
        throw new IllegalArgumentException("Cannot use gaps settings: values must be >= 0");
      }
    }
  }
}
