package org.pressroom.system;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Explains in plain words why the external PostgreSQL refused us: a wrong password or user, an unknown
 * database, or a server that cannot be reached.
 */
public class DatabaseConnectionFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private final Environment environment;

    public DatabaseConnectionFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        String url = StartupReport.withoutQuery(environment.getProperty("spring.datasource.url", "the embedded database"));
        String user = environment.getProperty("spring.datasource.username", "(none)");
        if (state.startsWith("28")) {
            return new FailureAnalysis(
                    "PostgreSQL at " + url + " refused the login of user '" + user + "': " + cause.getMessage(),
                    "Check spring.datasource.username and spring.datasource.password (or SPRING_DATASOURCE_PASSWORD).",
                    cause);
        }
        if (state.equals("3D000")) {
            return new FailureAnalysis("The database named in " + url + " does not exist: " + cause.getMessage(),
                    "Create it (CREATE DATABASE ... OWNER " + user + ") or correct spring.datasource.url.", cause);
        }
        if (state.startsWith("08")) {
            return new FailureAnalysis("Cannot reach PostgreSQL at " + url + ": " + cause.getMessage(),
                    "Check that the server is running and that host and port in spring.datasource.url are right; "
                            + "remove spring.datasource.url to use the embedded database instead.",
                    cause);
        }
        return null;
    }
}
