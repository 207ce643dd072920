package io.certgate.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jboss.logging.Logger;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a test run its own fresh database on the machine's real PostgreSQL, and drops it afterwards.
 *
 * <p>
 * The server and the role come from {@code CERTGATE_TEST_PG_HOST}, {@code CERTGATE_TEST_PG_PORT},
 * {@code CERTGATE_TEST_PG_USER} and {@code CERTGATE_TEST_PG_PASSWORD} (defaults: 127.0.0.1, 5432, certgate,
 * certgate); the role needs CREATEDB. {@code dev/test} starts PostgreSQL and creates the role.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final Logger LOG = Logger.getLogger(PostgresTestResource.class);

    private final String host = env("CERTGATE_TEST_PG_HOST", "127.0.0.1");
    private final String port = env("CERTGATE_TEST_PG_PORT", "5432");
    private final String user = env("CERTGATE_TEST_PG_USER", "certgate");
    private final String password = env("CERTGATE_TEST_PG_PASSWORD", "certgate");
    private String database;

    @Override
    public Map<String, String> start() {
        database = "certgate_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        execute("CREATE DATABASE " + database);
        LOG.infof("test database %s created on %s:%s", database, host, port);
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(database),
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    @Override
    public void stop() {
        if (database != null) {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            database = null;
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + host + ":" + port + " as role '" + user
                    + "' is not usable (" + e.getMessage() + "). Start it and create the role with dev/test, "
                    + "or set CERTGATE_TEST_PG_HOST/PORT/USER/PASSWORD.", e);
        }
    }

    private String jdbcUrl(String db) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + db;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
