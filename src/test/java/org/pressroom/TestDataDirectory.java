package org.pressroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every application started by the tests its own data directory under {@code target/test-data},
 * unless the test chose one: tests never touch the project's {@code ./data}.
 */
public class TestDataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final Path ROOT = Path.of("target", "test-data").toAbsolutePath();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String configured = context.getEnvironment().getProperty("pressroom.data-dir", "./data");
        if (!Path.of(configured).normalize().equals(Path.of("data"))) {
            return;
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-data-directory",
                Map.of("pressroom.data-dir", fresh("context").toString())));
    }

    /** A new, empty directory for one test's data. */
    public static Path fresh(String prefix) {
        try {
            Files.createDirectories(ROOT);
            return Files.createTempDirectory(ROOT, prefix + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
