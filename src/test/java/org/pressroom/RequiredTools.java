package org.pressroom;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need a program from the system (Chromium, ffmpeg) ask for it here. On a developer's machine
 * without it they are skipped with a message saying what to install; in CI ({@code CI=true}) a missing
 * program fails the build, so that these tests can never silently stop running.
 */
public final class RequiredTools {

    private RequiredTools() {
    }

    /** The program's path, or the test is skipped (or failed in CI) naming the Debian package to install. */
    public static Path require(String program, String debianPackage) {
        Optional<Path> found = find(program);
        if (found.isPresent()) {
            return found.get();
        }
        String message = program + " is not installed: install it with `apt-get install " + debianPackage + "` to run this test";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + " (CI=true: tests needing it must run)");
        }
        Assumptions.abort(message);
        throw new IllegalStateException("unreachable");
    }

    public static Optional<Path> find(String program) {
        String path = System.getenv("PATH");
        for (String directory : (path == null ? "" : path).split(java.io.File.pathSeparator)) {
            if (!directory.isBlank()) {
                Path candidate = Path.of(directory, program);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
