package org.microcert.jobs.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.microcert.taxonomy.InputRejectedException;
import org.microcert.taxonomy.match.SentenceSkills;

/** Reads {@code conf/microcert.yaml} strictly: unknown keys and wrong types are errors. */
public final class SettingsLoader {

  private static final Set<String> TOP = Set.of("warehouse", "spark", "job-repository", "nightly");
  private static final Set<String> NIGHTLY =
      Set.of(
          "esco-inbox",
          "postings-inbox",
          "submissions-inbox",
          "reports",
          "lexical-only",
          "sentence-skills",
          "cron");
  private static final Set<String> SPARK = Set.of("master", "conf");
  private static final Set<String> REPO = Set.of("url", "username", "password");

  /** The Spark master URLs Spark accepts (checked here, before a job starts). */
  private static final Pattern SPARK_MASTER =
      Pattern.compile(
          "local|local\\[(\\*|[1-9][0-9]*)(,[0-9]+)?\\]|local-cluster\\[[0-9]+,[0-9]+,[0-9]+\\]"
              + "|spark://[^\\s/]+:[0-9]+(,[^\\s/]+:[0-9]+)*|yarn|k8s://\\S+|mesos://\\S+");

  private SettingsLoader() {}

  /**
   * Loads the settings file; a missing file gives the defaults.
   *
   * @throws InputRejectedException if the file is not valid YAML or has unknown keys
   */
  public static MicrocertSettings load(Path file) {
    MicrocertSettings d = MicrocertSettings.defaults();
    if (!Files.exists(file)) {
      return d;
    }
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      throw new InputRejectedException(
          "Cannot read configuration " + file + ": " + e.getMessage(), e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return d;
    }
    requireObject(file, "", root);
    checkKeys(file, "", root, TOP);
    Path warehouse = d.warehouse();
    if (root.has("warehouse")) {
      warehouse = Path.of(text(file, "warehouse", root.get("warehouse")));
    }
    String master = d.sparkMaster();
    Map<String, String> sparkConf = new LinkedHashMap<>();
    JsonNode spark = root.get("spark");
    if (spark != null && !spark.isNull()) {
      requireObject(file, "spark", spark);
      checkKeys(file, "spark.", spark, SPARK);
      if (spark.has("master")) {
        master = text(file, "spark.master", spark.get("master"));
        if (!SPARK_MASTER.matcher(master).matches()) {
          throw new InputRejectedException(
              "Cannot read configuration "
                  + file
                  + ": spark.master '"
                  + master
                  + "' is not local, local[N], local[*], local[N,F], spark://HOST:PORT, yarn or"
                  + " k8s://URL");
        }
      }
      JsonNode conf = spark.get("conf");
      if (conf != null && !conf.isNull()) {
        requireObject(file, "spark.conf", conf);
        for (Iterator<Map.Entry<String, JsonNode>> it = conf.properties().iterator();
            it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          sparkConf.put(e.getKey(), text(file, "spark.conf." + e.getKey(), e.getValue()));
        }
      }
    }
    MicrocertSettings.JobRepositorySettings repo = d.jobRepository();
    JsonNode jr = root.get("job-repository");
    if (jr != null && !jr.isNull()) {
      requireObject(file, "job-repository", jr);
      checkKeys(file, "job-repository.", jr, REPO);
      repo =
          new MicrocertSettings.JobRepositorySettings(
              jr.has("url") ? text(file, "job-repository.url", jr.get("url")) : repo.url(),
              jr.has("username")
                  ? text(file, "job-repository.username", jr.get("username"))
                  : repo.username(),
              jr.has("password")
                  ? text(file, "job-repository.password", jr.get("password"))
                  : repo.password());
    }
    NightlySettings nightly = NightlySettings.defaults();
    JsonNode n = root.get("nightly");
    if (n != null && !n.isNull()) {
      requireObject(file, "nightly", n);
      checkKeys(file, "nightly.", n, NIGHTLY);
      String lexical = text(file, "nightly.lexical-only", n.get("lexical-only"));
      if (!lexical.isEmpty() && !lexical.equals("true") && !lexical.equals("false")) {
        throw new InputRejectedException(
            "Cannot read configuration " + file + ": 'nightly.lexical-only' must be true or false");
      }
      SentenceSkills.Rules sentenceSkills = nightly.sentenceSkills();
      if (n.has("sentence-skills")) {
        // YAML 1.1 reads an unquoted off as false: both name the trie alone.
        String rules = text(file, "nightly.sentence-skills", n.get("sentence-skills"));
        try {
          sentenceSkills =
              rules.isBlank() ? SentenceSkills.Rules.OFF : SentenceSkills.Rules.parse(rules);
        } catch (IllegalArgumentException e) {
          throw new InputRejectedException(
              "Cannot read configuration "
                  + file
                  + ": 'nightly.sentence-skills' must be off, lexical or dense, not '"
                  + rules
                  + "'");
        }
      }
      nightly =
          new NightlySettings(
              path(text(file, "nightly.esco-inbox", n.get("esco-inbox"))),
              path(text(file, "nightly.postings-inbox", n.get("postings-inbox"))),
              path(text(file, "nightly.submissions-inbox", n.get("submissions-inbox"))),
              path(text(file, "nightly.reports", n.get("reports"))),
              lexical.equals("true"),
              sentenceSkills,
              n.has("cron") ? text(file, "nightly.cron", n.get("cron")) : nightly.cron());
    }
    return new MicrocertSettings(warehouse, master, sparkConf, repo, nightly);
  }

  private static Path path(String s) {
    return s.isBlank() ? null : Path.of(s);
  }

  private static void requireObject(Path file, String key, JsonNode node) {
    if (!node.isObject()) {
      throw new InputRejectedException(
          "Cannot read configuration "
              + file
              + ": '"
              + (key.isEmpty() ? "(root)" : key)
              + "' must be a mapping");
    }
  }

  private static void checkKeys(Path file, String prefix, JsonNode node, Set<String> known) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!known.contains(k)) {
        throw new InputRejectedException(
            "Cannot read configuration "
                + file
                + ": unknown key '"
                + prefix
                + k
                + "' (known keys: "
                + String.join(", ", known.stream().sorted().map(x -> prefix + x).toList())
                + ")");
      }
    }
  }

  private static String text(Path file, String key, JsonNode v) {
    if (v == null || v.isNull()) {
      return "";
    }
    if (!v.isValueNode()) {
      throw new InputRejectedException(
          "Cannot read configuration " + file + ": '" + key + "' must be a single value");
    }
    return v.asText();
  }
}
