package org.microcert.jobs.runs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.microcert.jobs.config.MicrocertSettings;

/** Reads past runs from the JDBC job repository's tables (H2 file or PostgreSQL), read-only. */
public final class RunHistory {

  private static final String EXECUTIONS =
      "SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.START_TIME, e.END_TIME, e.EXIT_MESSAGE"
          + " FROM BATCH_JOB_EXECUTION e"
          + " JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID";
  private static final String STEPS =
      "SELECT STEP_NAME, STATUS, START_TIME, END_TIME, READ_COUNT, WRITE_COUNT, READ_SKIP_COUNT,"
          + " PROCESS_SKIP_COUNT, WRITE_SKIP_COUNT, COMMIT_COUNT, EXIT_MESSAGE"
          + " FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? ORDER BY STEP_EXECUTION_ID";
  private static final String PARAMS =
      "SELECT PARAMETER_NAME, PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS"
          + " WHERE JOB_EXECUTION_ID = ?";

  private final MicrocertSettings settings;

  public RunHistory(MicrocertSettings settings) {
    this.settings = settings;
  }

  /** The most recent runs, newest first, at most {@code limit} of them. */
  public List<RunRecord> recent(int limit) {
    return query(EXECUTIONS + " ORDER BY e.JOB_EXECUTION_ID DESC", null, limit);
  }

  /** One run by its execution id. */
  public Optional<RunRecord> find(long id) {
    return query(EXECUTIONS + " WHERE e.JOB_EXECUTION_ID = ?", id, 1).stream().findFirst();
  }

  private List<RunRecord> query(String sql, Long id, int limit) {
    if (!repositoryExists()) {
      return List.of();
    }
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      if (id != null) {
        ps.setLong(1, id);
      }
      ps.setMaxRows(limit);
      List<RunRecord> runs = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long exec = rs.getLong(1);
          runs.add(
              new RunRecord(
                  exec,
                  rs.getString(2),
                  text(rs.getString(3)),
                  time(rs.getTimestamp(4)),
                  time(rs.getTimestamp(5)),
                  text(rs.getString(6)),
                  parameters(c, exec),
                  steps(c, exec)));
        }
      }
      return runs;
    } catch (SQLException e) {
      if (missingTables(e)) {
        return List.of();
      }
      throw new IllegalStateException(
          "Cannot read past runs from the job repository: " + RunRecord.firstLine(e.getMessage()),
          e);
    }
  }

  private static Map<String, String> parameters(Connection c, long exec) throws SQLException {
    Map<String, String> params = new TreeMap<>();
    try (PreparedStatement ps = c.prepareStatement(PARAMS)) {
      ps.setLong(1, exec);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          params.put(rs.getString(1), text(rs.getString(2)));
        }
      }
    }
    return params;
  }

  private static List<StepRecord> steps(Connection c, long exec) throws SQLException {
    List<StepRecord> steps = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(STEPS)) {
      ps.setLong(1, exec);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          steps.add(
              new StepRecord(
                  rs.getString(1),
                  text(rs.getString(2)),
                  time(rs.getTimestamp(3)),
                  time(rs.getTimestamp(4)),
                  rs.getLong(5),
                  rs.getLong(6),
                  rs.getLong(7) + rs.getLong(8) + rs.getLong(9),
                  rs.getLong(10),
                  text(rs.getString(11))));
        }
      }
    }
    return steps;
  }

  /** The embedded H2 file is not created just to say there are no runs. */
  private boolean repositoryExists() {
    if (!settings.jobRepository().url().isBlank()) {
      return true;
    }
    Path dir = settings.warehouse().toAbsolutePath().normalize().resolve("batch");
    return Files.exists(dir.resolve("jobrepo.mv.db"));
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(
        settings.jobRepositoryUrl(),
        settings.jobRepository().username(),
        settings.jobRepository().password());
  }

  private static boolean missingTables(SQLException e) {
    // H2: 42S02 / 42S04 (table not found); PostgreSQL: 42P01 (undefined table).
    String state = e.getSQLState();
    return "42S02".equals(state) || "42S04".equals(state) || "42P01".equals(state);
  }

  private static LocalDateTime time(Timestamp t) {
    return t == null ? null : t.toLocalDateTime();
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
