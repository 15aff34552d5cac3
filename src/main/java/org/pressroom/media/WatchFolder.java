package org.pressroom.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pressroom.system.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import static org.pressroom.media.WatchFolderNames.NOTE;
import static org.pressroom.media.WatchFolderNames.SIDECAR;
import static org.pressroom.media.WatchFolderNames.baseName;
import static org.pressroom.media.WatchFolderNames.doneName;
import static org.pressroom.media.WatchFolderNames.fit;
import static org.pressroom.media.WatchFolderNames.ignored;
import static org.pressroom.media.WatchFolderNames.quoted;

/**
 * The watch folder ({@code <data-dir>/inbox} by default): a video dropped there, with an optional
 * {@code <name>.yaml} sidecar, goes through {@link VideoIngest} once its size and modification time (and its
 * sidecar's) have not changed for {@code stable-for}, then moves to {@code .done/<asset-id>-<name>}, where it
 * is kept for {@code keep-done}. What cannot be taken stays, with a {@code <name>.error} note beside it
 * saying why; it is tried again when the file or its sidecar is saved after the note, or the note deleted.
 * <p>
 * A plain polling loop on one daemon thread, not a {@code WatchService}: inotify says nothing about changes
 * made by other machines on NFS or SMB mounts, which is where broadcasters' watch folders usually live.
 * One file at a time; links are never followed; a failure on one file is logged in a line and the loop goes on.
 */
@Component
class WatchFolder implements SmartLifecycle {

    static final String DONE = ".done";

    private static final Logger log = LoggerFactory.getLogger(WatchFolder.class);
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private final VideoIngest ingest;
    private final Clock clock;
    private final MediaProperties.Inbox settings;
    private final Path inbox;
    private final Object wakeUp = new Object();

    // Touched only by the loop's thread.
    private final Map<Path, Sighting> sightings = new HashMap<>();
    private final Map<Path, Refusal> refusals = new HashMap<>();
    private final Set<Path> linksReported = new HashSet<>();
    private boolean missingReported;
    private Instant lastPurge = Instant.MIN;

    private volatile boolean running;
    private volatile Thread thread;

    WatchFolder(VideoIngest ingest, MediaProperties properties, DataDirectory dataDirectory, Clock clock) {
        this.ingest = ingest;
        this.clock = clock;
        this.settings = properties.inbox();
        Path configured = settings.directory();
        this.inbox = (configured == null || configured.toString().isBlank() ? dataDirectory.resolve("inbox") : configured)
                .toAbsolutePath().normalize();
    }

    /** How a file looked when last seen, and since when it has looked like that. */
    private record Sighting(Fingerprint fingerprint, Instant since) {
    }

    /** A file given up on until it, its sidecar or its note changes. */
    private record Refusal(Fingerprint fingerprint, boolean noted) {
    }

    /** Size and modification time of a file and of its sidecar (zero and null when there is none). */
    private record Fingerprint(long size, FileTime modified, long sidecarSize, FileTime sidecarModified) {
    }

    Path directory() {
        return inbox;
    }

    @Override
    public void start() {
        running = true;
    }

    /** The loop starts once the application is ready, so that nothing is ingested into a half-started node. */
    @EventListener(ApplicationReadyEvent.class)
    void begin() {
        if (!settings.enabled()) {
            log.info("The watch folder is off (pressroom.media.inbox.enabled=false).");
            return;
        }
        if (!running || thread != null) {
            return;
        }
        try {
            Files.createDirectories(inbox);
        } catch (IOException e) {
            log.warn("The watch folder {} cannot be created ({}); waiting for it to appear.", inbox, e.toString());
        }
        Thread loop = new Thread(this::loop, "watch-folder");
        loop.setDaemon(true);
        thread = loop;
        loop.start();
        log.info("Watching {} for videos (taken once unchanged for {}).", inbox, settings.stableFor());
    }

    /** The file being taken is finished first when it can be; a cut-short one stays in the inbox and is taken after restart. */
    @Override
    public void stop() {
        running = false;
        Thread loop = thread;
        if (loop == null) {
            return;
        }
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
        try {
            loop.join(15_000);
            if (loop.isAlive()) {
                loop.interrupt();
                loop.join(2_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                scan();
            } catch (IOException | RuntimeException e) {
                log.warn("The watch folder {} could not be read ({}).", inbox, e.toString());
            }
            synchronized (wakeUp) {
                try {
                    if (running) {
                        wakeUp.wait(Math.max(1, settings.pollInterval().toMillis()));
                    }
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** One look at the inbox: notes who changed what, then takes the files that have been still long enough, one by one. */
    void scan() throws IOException {
        if (!Files.isDirectory(inbox)) {
            if (!missingReported) {
                log.warn("The watch folder {} is missing; waiting for it to come back.", inbox);
                missingReported = true;
            }
            sightings.clear();
            refusals.clear();
            return;
        }
        if (missingReported) {
            log.info("The watch folder {} is back.", inbox);
            missingReported = false;
        }
        purgeDone();
        Instant now = clock.instant();
        Set<Path> present = new HashSet<>();
        List<Path> ready = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(inbox)) {
            for (Path file : entries) {
                if (ignored(file.getFileName().toString())) {
                    continue;
                }
                present.add(file);
                if (!regularFile(file)) {
                    continue;
                }
                Optional<Fingerprint> fingerprint = fingerprint(file);
                if (fingerprint.isEmpty() || refused(file, fingerprint.get())) {
                    sightings.remove(file);
                    continue;
                }
                Sighting sighting = sightings.get(file);
                if (sighting == null || !sighting.fingerprint().equals(fingerprint.get())) {
                    sightings.put(file, new Sighting(fingerprint.get(), now));
                } else if (Duration.between(sighting.since(), now).compareTo(settings.stableFor()) >= 0) {
                    ready.add(file);
                }
            }
        }
        sightings.keySet().retainAll(present);
        refusals.keySet().retainAll(present);
        linksReported.retainAll(present);
        ready.sort(Comparator.comparing((Path file) -> sightings.get(file).fingerprint().modified()).thenComparing(Path::toString));
        for (Path file : ready) {
            if (!running) {
                return;
            }
            Optional<Fingerprint> fingerprint = fingerprint(file);
            if (fingerprint.isPresent() && fingerprint.get().equals(sightings.get(file).fingerprint())) {
                take(file, fingerprint.get());
            }
        }
    }

    private void take(Path file, Fingerprint fingerprint) {
        String name = file.getFileName().toString();
        Path sidecarFile = sidecar(file);
        WatchFolderSidecar sidecar = WatchFolderSidecar.NONE;
        if (fingerprint.sidecarModified() != null) {
            try (InputStream in = Files.newInputStream(sidecarFile, NOFOLLOW)) {
                sidecar = WatchFolderSidecar.read(in);
            } catch (WatchFolderSidecar.Problem e) {
                refuse(file, fingerprint, "its sidecar " + quoted(sidecarFile.getFileName().toString())
                        + " cannot be used.\n\n" + e.getMessage()
                        + "\n\nCorrect the sidecar and save it: Pressroom tries again within seconds and removes this note.");
                return;
            } catch (IOException e) {
                refuse(file, fingerprint, "its sidecar " + quoted(sidecarFile.getFileName().toString()) + " cannot be read ("
                        + e.getMessage() + ").\n\nFix the sidecar and save it, or delete this note, to have it tried again.");
                return;
            }
        }
        String title = sidecar.title() == null || sidecar.title().isBlank() ? VideoIngest.safeName(baseName(name))
                : sidecar.title().strip();
        long id;
        try (InputStream in = Files.newInputStream(file, NOFOLLOW)) {
            id = ingest.ingest(in, name, sidecar.details(title));
        } catch (NoSuchFileException e) {
            return;
        } catch (VideoIngest.UnsupportedMedia e) {
            refuse(file, fingerprint, "it is not a video Pressroom can read (MP4, MOV, MXF, MKV, MPEG-TS or AVI), whatever its name"
                    + " says.\n\nReplace the file with the video, or delete it.");
            return;
        } catch (AccessDeniedException e) {
            refuse(file, fingerprint, "Pressroom is not allowed to read it.\n\nGive Pressroom read access, then delete this note.");
            return;
        } catch (IOException | RuntimeException e) {
            refuse(file, fingerprint, "it could not be stored (" + e.getMessage() + ").\n\nDelete this note to have it tried again.");
            return;
        }
        sightings.remove(file);
        refusals.remove(file);
        try {
            moveOut(file, sidecarFile, fingerprint.sidecarModified() != null, id);
            Files.deleteIfExists(note(file));
        } catch (IOException e) {
            refuse(file, fingerprint, "it was taken as video " + id + " but could not be moved out of the watch folder ("
                    + e.getMessage() + ").\n\nDelete the file and this note: it must not be taken twice.");
        }
        log.info("Took {} from the watch folder as video {}.", quoted(name), id);
    }

    /** Into {@code .done} (dated now, for the purge), or deleted when nothing is kept; the master is in storage either way. */
    private void moveOut(Path file, Path sidecarFile, boolean hasSidecar, long id) throws IOException {
        boolean sidecarShared = hasSidecar && sharesSidecar(file);
        if (settings.keepDone().isZero() || settings.keepDone().isNegative()) {
            Files.delete(file);
            if (hasSidecar && !sidecarShared) {
                Files.deleteIfExists(sidecarFile);
            }
            return;
        }
        Path done = inbox.resolve(DONE);
        if (!Files.isDirectory(done, NOFOLLOW)) {
            Files.createDirectory(done);
        }
        FileTime taken = FileTime.from(clock.instant());
        Path target = done.resolve(doneName(id, file.getFileName().toString()));
        Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(target, taken);
        if (hasSidecar) {
            Path sidecarTarget = done.resolve(doneName(id, sidecarFile.getFileName().toString()));
            if (sidecarShared) {
                Files.copy(sidecarFile, sidecarTarget, StandardCopyOption.REPLACE_EXISTING, NOFOLLOW);
            } else {
                Files.move(sidecarFile, sidecarTarget, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.setLastModifiedTime(sidecarTarget, taken);
        }
    }

    /** Another media file with the same base name ({@code clip.mov} beside {@code clip.mxf}) still needs the sidecar. */
    private boolean sharesSidecar(Path file) throws IOException {
        String base = baseName(file.getFileName().toString());
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(inbox)) {
            for (Path other : entries) {
                String name = other.getFileName().toString();
                if (!other.equals(file) && !ignored(name) && baseName(name).equals(base)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void purgeDone() {
        Instant now = clock.instant();
        if (Duration.between(lastPurge, now).compareTo(Duration.ofMinutes(1)) < 0 && !lastPurge.equals(Instant.MIN)) {
            return;
        }
        lastPurge = now;
        Path done = inbox.resolve(DONE);
        if (!Files.isDirectory(done, NOFOLLOW)) {
            return;
        }
        Instant cutoff = now.minus(settings.keepDone());
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(done)) {
            for (Path file : entries) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, NOFOLLOW);
                if (!attributes.isDirectory() && attributes.lastModifiedTime().toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            log.warn("Old files in {} could not be removed ({}).", done, e.toString());
        }
    }

    /**
     * Remembered refusals hold while nothing changed and their note is still there; after a restart, the note
     * alone decides: the file waits while the note is newer than it and its sidecar.
     */
    private boolean refused(Path file, Fingerprint fingerprint) throws IOException {
        Path note = note(file);
        Optional<BasicFileAttributes> noteAttributes = attributes(note);
        Refusal refusal = refusals.get(file);
        if (refusal != null) {
            return refusal.fingerprint().equals(fingerprint) && (!refusal.noted() || noteAttributes.isPresent());
        }
        if (noteAttributes.isEmpty()) {
            return false;
        }
        FileTime noted = noteAttributes.get().lastModifiedTime();
        return noted.compareTo(fingerprint.modified()) >= 0
                && (fingerprint.sidecarModified() == null || noted.compareTo(fingerprint.sidecarModified()) >= 0);
    }

    private void refuse(Path file, Fingerprint fingerprint, String reason) {
        String name = file.getFileName().toString();
        boolean noted = writeNote(file, "Pressroom did not take " + quoted(name) + " from the watch folder: " + reason + "\n\n("
                + clock.instant().truncatedTo(ChronoUnit.SECONDS) + ")\n");
        refusals.put(file, new Refusal(fingerprint, noted));
        sightings.remove(file);
        log.info("Left {} in the watch folder: {}", quoted(name), reason.lines().findFirst().orElse(reason));
    }

    /** Written beside the file through a hidden temporary file and a rename, which replaces a link rather than following it. */
    private boolean writeNote(Path file, String text) {
        Path note = note(file);
        try {
            Path temporary = Files.createTempFile(inbox, ".note-", ".tmp");
            try {
                Files.writeString(temporary, text, StandardCharsets.UTF_8);
                Files.move(temporary, note, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return true;
        } catch (IOException e) {
            log.warn("The note {} could not be written ({}).", quoted(note.getFileName().toString()), e.toString());
            return false;
        }
    }

    private Optional<Fingerprint> fingerprint(Path file) throws IOException {
        Optional<BasicFileAttributes> media = attributes(file);
        if (media.isEmpty()) {
            return Optional.empty();
        }
        Optional<BasicFileAttributes> sidecar = attributes(sidecar(file));
        return Optional.of(new Fingerprint(media.get().size(), media.get().lastModifiedTime(),
                sidecar.map(BasicFileAttributes::size).orElse(0L), sidecar.map(BasicFileAttributes::lastModifiedTime).orElse(null)));
    }

    /** A link is never followed out of (or within) the inbox: it is left alone and reported once. */
    private boolean regularFile(Path file) throws IOException {
        Optional<BasicFileAttributes> attributes = attributes(file);
        if (attributes.isPresent() && attributes.get().isSymbolicLink()) {
            if (linksReported.add(file)) {
                log.warn("Ignored {} in the watch folder: it is a link; drop the file itself.", quoted(file.getFileName().toString()));
            }
            return false;
        }
        return attributes.isPresent() && attributes.get().isRegularFile();
    }

    private static Optional<BasicFileAttributes> attributes(Path file) throws IOException {
        try {
            return Optional.of(Files.readAttributes(file, BasicFileAttributes.class, NOFOLLOW));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private Path sidecar(Path file) {
        return inbox.resolve(fit(baseName(file.getFileName().toString()), SIDECAR));
    }

    private Path note(Path file) {
        return inbox.resolve(fit(file.getFileName().toString(), NOTE));
    }
}
