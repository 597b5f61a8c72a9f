package org.microcert.jobs.config;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
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

  @Bean
  public DataSource dataSource(MicrocertSettings settings) {
    String url = settings.jobRepositoryUrl();
    DriverManagerDataSource ds = new DriverManagerDataSource(url);
    ds.setUsername(settings.jobRepository().username());
    ds.setPassword(settings.jobRepository().password());
    if (url.startsWith("jdbc:h2:")) {
      ds.setDriverClassName("org.h2.Driver");
    } else if (url.startsWith("jdbc:postgresql:")) {
      ds.setDriverClassName("org.postgresql.Driver");
    }
    createSchemaIfMissing(ds, url);
    return ds;
  }

  @Bean
  public JdbcTransactionManager transactionManager(DataSource dataSource) {
    return new JdbcTransactionManager(dataSource);
  }

  private static void createSchemaIfMissing(DataSource ds, String url) {
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
      throw new IllegalStateException("Cannot open job repository " + url + ": " + e.getMessage(), e);
    }
  }

  private static boolean hasTable(Connection c, String name) throws SQLException {
    try (ResultSet rs = c.getMetaData().getTables(null, null, name, null)) {
      return rs.next();
    }
  }
}
