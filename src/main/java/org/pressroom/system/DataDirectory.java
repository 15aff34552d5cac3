package org.pressroom.system;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The directory where this node keeps its files: the embedded database, media, the search index and the
 * local mailbox. It is created on first start, proven writable, and locked so that two Pressroom processes
 * never share it.
 */
public final class DataDirectory implements AutoCloseable {

    static final String LOCK_FILE = "pressroom.lock";

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataDirectory(Path root, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Creates the directory if needed, checks that it can be written and takes its lock. */
    public static DataDirectory open(Path configured) {
        Path root = configured.toAbsolutePath().normalize();
        String fix = "Start Pressroom with --pressroom.data-dir=<a writable directory>, or fix the permissions of " + root + ".";
        try {
            Files.createDirectories(root);
            Path probe = Files.createTempFile(root, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new StartupFailure("The data directory " + root + " cannot be written (" + describe(e) + ").", fix, e);
        }
        return new DataDirectory(root, null, null).locked();
    }

    private DataDirectory locked() {
        Path lockFile = root.resolve(LOCK_FILE);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
            FileLock acquired = channel.tryLock();
            if (acquired == null) {
                throw inUse(lockFile, channel);
            }
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)));
            channel.force(false);
            return new DataDirectory(root, channel, acquired);
        } catch (OverlappingFileLockException e) {
            throw inUse(lockFile, channel);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StartupFailure("The data directory " + root + " cannot be locked (" + describe(e) + ").",
                    "Use a local directory that supports file locks for --pressroom.data-dir.", e);
        }
    }

    private StartupFailure inUse(Path lockFile, FileChannel channel) {
        closeQuietly(channel);
        String holder = "";
        try {
            String pid = Files.readString(lockFile, StandardCharsets.US_ASCII).trim();
            holder = pid.isEmpty() ? "" : " (process " + pid + ")";
        } catch (IOException ignored) {
            // The message is still clear without the process number.
        }
        return new StartupFailure("Another Pressroom" + holder + " is already using the data directory " + root + ".",
                "Stop the other Pressroom, or start this one with another --pressroom.data-dir.");
    }

    public Path path() {
        return root;
    }

    /** A path inside the data directory; {@code relative} must be a fixed name chosen by the code, never user input. */
    public Path resolve(String relative) {
        return root.resolve(relative);
    }

    /** Creates (if needed) and returns a sub-directory. */
    public Path directory(String relative) {
        Path directory = resolve(relative);
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StartupFailure("Cannot create " + directory + " (" + describe(e) + ").",
                    "Check the permissions and free space of the data directory " + root + ".", e);
        }
    }

    @Override
    public void close() {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // The lock goes with the channel anyway.
        }
        closeQuietly(lockChannel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing useful to do: the operating system releases it with the process.
            }
        }
    }

    private static String describe(Exception e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }
}
