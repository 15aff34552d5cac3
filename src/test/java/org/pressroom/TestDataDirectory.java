package org.pressroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every application started by the tests its own data directory under {@code target/test-data},
 * unless the test chose one: tests never touch the project's {@code ./data}. Directories of earlier runs
 * that no Pressroom holds any more are removed at the first use in a run.
 */
public class TestDataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final Path ROOT = Path.of("target", "test-data").toAbsolutePath();

    private static final AtomicBoolean swept = new AtomicBoolean();

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
            if (swept.compareAndSet(false, true)) {
                sweep();
            }
            return Files.createTempDirectory(ROOT, prefix + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a test's directory once the Pressroom using it has stopped. */
    public static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // Left for the next run's sweep.
        }
    }

    private static void sweep() throws IOException {
        try (DirectoryStream<Path> children = Files.newDirectoryStream(ROOT)) {
            for (Path child : children) {
                if (Files.isDirectory(child) && !inUse(child)) {
                    delete(child);
                }
            }
        }
    }

    private static boolean inUse(Path directory) {
        Path lockFile = directory.resolve("pressroom.lock");
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return true;
        }
    }
}
