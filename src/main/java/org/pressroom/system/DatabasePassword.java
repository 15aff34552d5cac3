package org.pressroom.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** The embedded PostgreSQL's superuser password: random, made once, kept in a file only its owner can read. */
final class DatabasePassword {

    private DatabasePassword() {
    }

    static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                Files.createDirectories(file.getParent());
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException notPosix) {
                    Files.createFile(file);
                }
                Files.writeString(file, password, StandardCharsets.US_ASCII);
                return password;
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (FileAlreadyExistsException raced) {
            return readOrCreate(file);
        } catch (IOException e) {
            throw new StartupFailure("The embedded database's password file " + file + " cannot be read or written ("
                    + e.getMessage() + ").", "Check the permissions of the data directory " + file.getParent() + ".", e);
        }
    }
}
