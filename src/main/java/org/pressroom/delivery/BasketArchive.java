package org.pressroom.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.zip.CRC32;

import org.pressroom.media.MediaStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * A basket as one ZIP, streamed as it is read from storage: a manifest first (what each file is, its date,
 * credit line, restriction and SHA-256, and the terms of use they were downloaded under), a {@code SHA256SUMS}
 * file that {@code sha256sum -c} checks, then every file, stored as it is. Its exact length is known before the
 * first byte. Each file sent is logged as a download.
 */
@Component
class BasketArchive {

    private static final Logger log = LoggerFactory.getLogger(BasketArchive.class);

    private final MediaStorage storage;
    private final DownloadLog downloads;
    private final DownloadPanel panel;
    private final MessageSource messages;
    private final Clock clock;

    BasketArchive(MediaStorage storage, DownloadLog downloads, DownloadPanel panel, MessageSource messages, Clock clock) {
        this.storage = storage;
        this.downloads = downloads;
        this.panel = panel;
        this.messages = messages;
        this.clock = clock;
    }

    /** One file of the archive, with the name it has inside. */
    record Member(Asset asset, Asset.File file, String name) {
    }

    /**
     * What the archive will hold, in order: the manifest, the checksums, then the files.
     *
     * @param leftOut baskets items that can no longer be downloaded, named in the manifest
     */
    record Plan(List<Member> members, byte[] manifest, byte[] checksums, List<String> leftOut, long length) {
    }

    Plan plan(List<Asset> assets, List<Asset.File> files, List<String> leftOut, String siteName, String termsVersion, String terms,
              Locale locale) {
        List<Member> members = new ArrayList<>();
        Set<String> taken = new HashSet<>(Set.of("MANIFEST.txt", "SHA256SUMS"));
        for (int i = 0; i < files.size(); i++) {
            Asset asset = assets.get(i);
            Asset.File file = files.get(i);
            String name = asset.downloadName(file).unicode();
            String unique = name;
            for (int n = 2; !taken.add(unique); n++) {
                int dot = name.lastIndexOf('.');
                unique = dot < 0 ? name + "-" + n : name.substring(0, dot) + "-" + n + name.substring(dot);
            }
            members.add(new Member(asset, file, unique));
        }
        byte[] manifest = manifest(members, leftOut, siteName, termsVersion, terms, locale).getBytes(StandardCharsets.UTF_8);
        StringBuilder sums = new StringBuilder();
        members.forEach(member -> sums.append(member.file().sha256()).append("  ").append(member.name()).append('\n'));
        byte[] checksums = sums.toString().getBytes(StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>(List.of("MANIFEST.txt", "SHA256SUMS"));
        List<Long> sizes = new ArrayList<>(List.of((long) manifest.length, (long) checksums.length));
        members.forEach(member -> {
            names.add(member.name());
            sizes.add(member.file().size());
        });
        return new Plan(members, manifest, checksums, leftOut, ZipStream.length(names, sizes));
    }

    /** Streams the archive; a client that goes away ends it quietly, the file it was receiving logged as partial. */
    void write(Plan plan, OutputStream out, UUID account, String ip) throws IOException {
        ZipStream zip = new ZipStream(out, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        try {
            text(zip, "MANIFEST.txt", plan.manifest());
            text(zip, "SHA256SUMS", plan.checksums());
        } catch (IOException clientGone) {
            return;
        }
        byte[] buffer = new byte[256 * 1024];
        for (Member member : plan.members()) {
            Instant started = clock.instant();
            long sent = 0;
            boolean complete = false;
            try {
                Resource resource = storage.find(member.file().storageKey())
                        .orElseThrow(() -> new IOException("the stored file " + member.file().storageKey() + " is missing"));
                CRC32 crc = new CRC32();
                zip.begin(member.name(), member.file().size());
                try (InputStream in = resource.getInputStream()) {
                    for (int read; sent < member.file().size() && (read = in.readNBytes(buffer, 0,
                            (int) Math.min(buffer.length, member.file().size() - sent))) > 0; ) {
                        crc.update(buffer, 0, read);
                        zip.write(buffer, 0, read);
                        sent += read;
                    }
                }
                if (sent != member.file().size()) {
                    throw new IOException(member.file().storageKey() + " is shorter than its recorded size");
                }
                zip.end((int) crc.getValue());
                complete = true;
            } catch (IOException failure) {
                // A client that went away is a partial download, not an error; a store that fails is.
                if (!clientGone(failure)) {
                    log.warn("The basket ZIP stopped at {}: {}", member.file().storageKey(), failure.getMessage());
                }
                return;
            } finally {
                downloads.record(new DownloadLog.Entry(account, member.asset().type(), member.asset().id(), member.file().name(),
                        member.file().size(), 0, member.file().size(), sent, complete, DownloadLog.Via.BASKET, started, ip));
            }
        }
        try {
            zip.finish();
        } catch (IOException clientGone) {
            log.debug("The basket ZIP was left before its end: {}", clientGone.getMessage());
        }
    }

    private static boolean clientGone(IOException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getName();
            if (name.endsWith("ClientAbortException") || name.endsWith("EOFException") || "Broken pipe".equals(cause.getMessage())
                    || "Connection reset by peer".equals(cause.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static void text(ZipStream zip, String name, byte[] bytes) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        zip.begin(name, bytes.length);
        zip.write(bytes, 0, bytes.length);
        zip.end((int) crc.getValue());
    }

    private String manifest(List<Member> members, List<String> leftOut, String siteName, String termsVersion, String terms,
                            Locale locale) {
        StringBuilder text = new StringBuilder();
        text.append(siteName).append(" – ").append(messages.getMessage("basket.title", null, locale)).append('\n')
                .append(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).append("\n\n");
        for (Member member : members) {
            Asset asset = member.asset();
            Asset.File file = member.file();
            text.append(member.name()).append('\n')
                    .append("  ").append(asset.title()).append('\n')
                    .append("  ").append(panel.label(file, locale)).append(", ").append(file.extension().toUpperCase(Locale.ROOT))
                    .append(file.width() > 0 ? ", " + file.width() + " × " + file.height() : "").append('\n');
            if (asset.date() != null) {
                text.append("  ").append(asset.date()).append('\n');
            }
            if (!asset.credit().isBlank()) {
                text.append("  ").append(messages.getMessage("download.credit", null, locale)).append(' ').append(asset.credit()).append('\n');
            }
            if (!asset.restriction().isBlank()) {
                text.append("  ").append(messages.getMessage("download.restriction", null, locale)).append(' ')
                        .append(asset.restriction()).append('\n');
            }
            text.append("  ").append(panel.size(file.size(), locale)).append(" (").append(file.size()).append(")\n")
                    .append("  SHA-256 ").append(file.sha256()).append("\n\n");
        }
        if (!leftOut.isEmpty()) {
            text.append(messages.getMessage("basket.unavailable", null, locale)).append('\n');
            leftOut.forEach(item -> text.append("  ").append(item).append('\n'));
            text.append('\n');
        }
        text.append(messages.getMessage("download.terms.title", null, locale)).append(" – ")
                .append(messages.getMessage("download.terms.version", new Object[] {termsVersion}, locale)).append("\n\n")
                .append(terms.strip()).append('\n');
        return text.toString();
    }
}
