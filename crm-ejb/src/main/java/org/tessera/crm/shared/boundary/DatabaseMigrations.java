package org.tessera.crm.shared.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else touches the database.
 *
 * <p>The data source is defined here so that one setting switches between the embedded H2 and
 * PostgreSQL: Payara resolves {@code ${MPCONFIG=key:default}} from system properties and
 * environment variables (CRM_DB_URL, ...) before the application's own configuration is read, so
 * the defaults live in the annotation.
 */
@DataSourceDefinition(
    name = DatabaseMigrations.DATA_SOURCE,
    className = "${MPCONFIG=crm.db.driver:org.h2.jdbcx.JdbcDataSource}",
    url = "${MPCONFIG=crm.db.url:jdbc:h2:mem:crm;DB_CLOSE_DELAY=-1}",
    user = "${MPCONFIG=crm.db.user:crm}",
    password = "${MPCONFIG=crm.db.password:crm}",
    minPoolSize = 2,
    maxPoolSize = 32,
    // Connections the database dropped (a restart, a failover) are found before they are used,
    // and the whole pool is renewed then: without this, every request failed on a dead
    // connection until each had been tried. Checked at most once per 5 s per connection.
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname="
          + "org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.validate-atmost-once-period-in-seconds=5",
      "fish.payara.fail-all-connections=true"
    })
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

  public static final String DATA_SOURCE = "java:app/jdbc/crm";

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    Flyway.configure(getClass().getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .placeholders(Map.of("binary", binaryType()))
        .load()
        .migrate();
  }

  /** The one column type the two databases name differently: large binary content. */
  private String binaryType() {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      return product.toLowerCase(Locale.ROOT).contains("postgres") ? "bytea" : "blob";
    } catch (SQLException unreachable) {
      throw new IllegalStateException("Cannot reach the CRM database", unreachable);
    }
  }
}
