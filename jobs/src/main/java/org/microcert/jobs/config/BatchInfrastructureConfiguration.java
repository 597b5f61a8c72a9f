package org.microcert.jobs.config;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Spring Batch infrastructure shared by every job: a JDBC job repository (H2 file under the
 * warehouse by default, PostgreSQL when configured) so that failed jobs can be restarted.
 */
@Configuration
@EnableBatchProcessing
@EnableJdbcJobRepository
public class BatchInfrastructureConfiguration {

  /**
   * The job repository's connections. For H2, a small pool keeps the database file open for the
   * whole run (opening an H2 file per statement costs seconds); it is closed with the context.
   */
  @Bean(destroyMethod = "")
  public DataSource dataSource(MicrocertSettings settings) {
    String url = settings.jobRepositoryUrl();
    String user = settings.jobRepository().username();
    String password = settings.jobRepository().password();
    DataSource ds;
    if (url.startsWith("jdbc:h2:")) {
      ds = JdbcConnectionPool.create(url, user, password);
    } else {
      DriverManagerDataSource dm = new DriverManagerDataSource(url);
      dm.setUsername(user);
      dm.setPassword(password);
      if (url.startsWith("jdbc:postgresql:")) {
        dm.setDriverClassName("org.postgresql.Driver");
      }
      ds = dm;
    }
    createSchemaIfMissing(ds, url, password);
    return ds;
  }

  /** Closes the H2 pool (and so the database file) when the run's context closes. */
  @Bean
  public DisposableBean jobRepositoryCloser(DataSource dataSource) {
    return () -> {
      if (dataSource instanceof JdbcConnectionPool pool) {
        pool.dispose();
      }
    };
  }

  @Bean
  public JdbcTransactionManager transactionManager(DataSource dataSource) {
    return new JdbcTransactionManager(dataSource);
  }

  private static void createSchemaIfMissing(DataSource ds, String url, String password) {
    try (Connection c = ds.getConnection()) {
      if (hasTable(c, "BATCH_JOB_INSTANCE") || hasTable(c, "batch_job_instance")) {
        return;
      }
      String script =
          url.startsWith("jdbc:postgresql:")
              ? "org/springframework/batch/core/schema-postgresql.sql"
              : "org/springframework/batch/core/schema-h2.sql";
      new ResourceDatabasePopulator(new ClassPathResource(script)).populate(c);
    } catch (SQLException e) {
      // The message is printed (and logged by Spring): no password in it.
      throw new IllegalStateException(
          JdbcUrls.mask("Cannot open job repository " + url + ": " + e.getMessage(), password));
    }
  }

  private static boolean hasTable(Connection c, String name) throws SQLException {
    try (ResultSet rs = c.getMetaData().getTables(null, null, name, null)) {
      return rs.next();
    }
  }
}
