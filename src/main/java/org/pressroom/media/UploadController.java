package org.pressroom.media;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.pressroom.system.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Resumable uploads of masters of any size, by the tus 1.0 protocol (core, creation and termination):
 * create an upload with its length, send its bytes in one or more PATCH requests, and after a broken
 * connection ask how much arrived (HEAD) and go on from there. A complete upload goes through
 * {@link VideoIngest}. The bytes wait in {@code <data-dir>/uploads} on the node that received them (behind
 * a load balancer, send an upload's requests to one node).
 */
@RestController
@RequestMapping("/api/v1/uploads")
class UploadController {

    private static final Logger log = LoggerFactory.getLogger(UploadController.class);
    private static final String TUS = "1.0.0";
    private static final String OFFSET_STREAM = "application/offset+octet-stream";

    private final UploadRepository uploads;
    private final VideoIngest ingest;
    private final UploadProperties properties;
    private final ApiAccess access;
    private final Path directory;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<UUID, Object> locks = new ConcurrentHashMap<>();

    UploadController(UploadRepository uploads, VideoIngest ingest, UploadProperties properties, ApiAccess access,
                     DataDirectory dataDirectory, TransactionTemplate transactions, Clock clock) {
        this.uploads = uploads;
        this.ingest = ingest;
        this.properties = properties;
        this.access = access;
        this.directory = dataDirectory.resolve("uploads");
        this.transactions = transactions;
        this.clock = clock;
    }

    @RequestMapping(method = RequestMethod.OPTIONS)
    ResponseEntity<Void> options() {
        return ResponseEntity.noContent().header("Tus-Resumable", TUS).header("Tus-Version", TUS)
                .header("Tus-Extension", "creation,termination")
                .header("Tus-Max-Size", Long.toString(properties.maxSize().toBytes())).build();
    }

    @PostMapping
    ResponseEntity<?> create(HttpServletRequest request, @RequestHeader(value = "Upload-Length", required = false) String length,
                             @RequestHeader(value = "Upload-Metadata", required = false) String metadata) throws IOException {
        ProblemDetail refused = refusal(request);
        if (refused != null) {
            return problem(refused);
        }
        if (length == null || !length.matches("\\d{1,19}")) {
            return problem(ApiAccess.problem(HttpStatus.BAD_REQUEST, "Length needed", "Upload-Length must give the file's size in bytes."));
        }
        long size = Long.parseLong(length);
        if (size > properties.maxSize().toBytes()) {
            return problem(ApiAccess.problem(HttpStatus.CONTENT_TOO_LARGE, "File too large",
                    "This file is " + size + " bytes; the largest accepted is " + properties.maxSize().toBytes() + " bytes."));
        }
        Files.createDirectories(directory);
        if (directory.toFile().getUsableSpace() < size) {
            return problem(ApiAccess.problem(HttpStatus.INSUFFICIENT_STORAGE, "Not enough space",
                    "The server has not enough free space for this file now; nothing was stored."));
        }
        Map<String, String> meta = metadata(metadata);
        String name = VideoIngest.safeName(meta.getOrDefault("filename", "upload"));
        String title = VideoIngest.safeName(meta.getOrDefault("title", name));
        UUID id = UUID.randomUUID();
        Files.createFile(part(id));
        transactions.executeWithoutResult(status -> uploads.save(new Upload(id, size, name, title,
                "true".equalsIgnoreCase(meta.getOrDefault("publish", "").strip()), clock.instant())));
        return ResponseEntity.created(URI.create("/api/v1/uploads/" + id)).header("Tus-Resumable", TUS)
                .header("Upload-Offset", "0").build();
    }

    @RequestMapping(path = "/{id}", method = RequestMethod.HEAD)
    ResponseEntity<?> offset(HttpServletRequest request, @PathVariable String id) {
        ProblemDetail refused = refusal(request);
        if (refused != null) {
            return ResponseEntity.status(refused.getStatus()).build();
        }
        Upload upload = find(id);
        if (upload == null) {
            return ResponseEntity.notFound().header("Tus-Resumable", TUS).build();
        }
        ResponseEntity.HeadersBuilder<?> answer = ResponseEntity.ok().header("Tus-Resumable", TUS)
                .header("Upload-Offset", Long.toString(upload.received)).header("Upload-Length", Long.toString(upload.length))
                .header("Cache-Control", "no-store");
        if (upload.assetId != null) {
            answer.header("Pressroom-Video", "/api/v1/videos/" + upload.assetId);
        }
        return answer.build();
    }

    @PatchMapping("/{id}")
    ResponseEntity<?> append(HttpServletRequest request, @PathVariable String id,
                             @RequestHeader(value = "Upload-Offset", required = false) String offset) throws IOException {
        ProblemDetail refused = refusal(request);
        if (refused != null) {
            return problem(refused);
        }
        if (request.getContentType() == null || !request.getContentType().startsWith(OFFSET_STREAM)) {
            return problem(ApiAccess.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Wrong content type",
                    "Send the bytes as " + OFFSET_STREAM + "."));
        }
        Upload found = find(id);
        if (found == null) {
            return problem(ApiAccess.problem(HttpStatus.NOT_FOUND, "No such upload", "Create an upload first."));
        }
        synchronized (locks.computeIfAbsent(found.id, key -> new Object())) {
            Upload upload = uploads.findById(found.id).orElseThrow();
            if (offset == null || !offset.matches("\\d{1,19}") || Long.parseLong(offset) != upload.received) {
                return ResponseEntity.status(HttpStatus.CONFLICT).header("Tus-Resumable", TUS)
                        .header("Upload-Offset", Long.toString(upload.received)).body(ApiAccess.problem(HttpStatus.CONFLICT,
                                "Wrong offset", "The server has " + upload.received + " bytes of this file; send from there."));
            }
            long received = upload.received;
            boolean tooMuch = false;
            try (FileChannel out = FileChannel.open(part(upload.id), StandardOpenOption.WRITE)) {
                out.position(received);
                InputStream in = request.getInputStream();
                byte[] buffer = new byte[256 * 1024];
                int read;
                try {
                    while ((read = in.read(buffer)) > 0) {
                        if (received + read > upload.length) {
                            tooMuch = true;
                            break;
                        }
                        try {
                            out.write(ByteBuffer.wrap(buffer, 0, read));
                        } catch (IOException diskFull) {
                            return abandon(upload, diskFull);
                        }
                        received += read;
                    }
                } catch (IOException brokenConnection) {
                    // What arrived is kept: the client asks for the offset and goes on from there.
                    log.info("Upload {} interrupted at {} of {} bytes: {}", upload.id, received, upload.length, brokenConnection.getMessage());
                }
                out.force(false);
            }
            long arrived = received;
            transactions.executeWithoutResult(status -> uploads.findById(upload.id).ifPresent(u -> {
                u.received = arrived;
                u.updatedAt = clock.instant();
            }));
            if (tooMuch) {
                return problem(ApiAccess.problem(HttpStatus.BAD_REQUEST, "More than announced",
                        "This upload was announced as " + upload.length + " bytes; the bytes beyond were not stored."));
            }
            if (arrived < upload.length) {
                return ResponseEntity.noContent().header("Tus-Resumable", TUS).header("Upload-Offset", Long.toString(arrived)).build();
            }
            return complete(upload);
        }
    }

    @DeleteMapping("/{id}")
    ResponseEntity<?> terminate(HttpServletRequest request, @PathVariable String id) throws IOException {
        ProblemDetail refused = refusal(request);
        if (refused != null) {
            return problem(refused);
        }
        Upload upload = find(id);
        if (upload == null) {
            return problem(ApiAccess.problem(HttpStatus.NOT_FOUND, "No such upload", "It may have been completed or ended."));
        }
        Files.deleteIfExists(part(upload.id));
        transactions.executeWithoutResult(status -> uploads.deleteById(upload.id));
        return ResponseEntity.noContent().header("Tus-Resumable", TUS).build();
    }

    private ResponseEntity<?> complete(Upload upload) throws IOException {
        long assetId;
        try (InputStream in = Files.newInputStream(part(upload.id))) {
            VideoDetails details = VideoDetails.titled(upload.title);
            assetId = ingest.ingest(in, upload.originalName, new VideoDetails(details.title(), "", null, "", List.of(), "",
                    details.download(), "", upload.publish));
        } catch (VideoIngest.UnsupportedMedia e) {
            Files.deleteIfExists(part(upload.id));
            transactions.executeWithoutResult(status -> uploads.deleteById(upload.id));
            return problem(ApiAccess.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Not a video", e.getMessage()));
        }
        Files.deleteIfExists(part(upload.id));
        transactions.executeWithoutResult(status -> uploads.findById(upload.id).ifPresent(u -> u.assetId = assetId));
        return ResponseEntity.noContent().header("Tus-Resumable", TUS).header("Upload-Offset", Long.toString(upload.length))
                .header("Pressroom-Video", "/api/v1/videos/" + assetId).build();
    }

    /** A write the disk refused: the partial file goes, so that the failure costs no space. */
    private ResponseEntity<?> abandon(Upload upload, IOException failure) throws IOException {
        log.warn("Upload {} abandoned: the disk refused it ({})", upload.id, failure.getMessage());
        Files.deleteIfExists(part(upload.id));
        transactions.executeWithoutResult(status -> uploads.deleteById(upload.id));
        return problem(ApiAccess.problem(HttpStatus.INSUFFICIENT_STORAGE, "The disk is full",
                "The server ran out of space while storing this file. The partial file was removed; upload it again later."));
    }

    private ProblemDetail refusal(HttpServletRequest request) {
        String version = request.getHeader("Tus-Resumable");
        if (!TUS.equals(version)) {
            return ApiAccess.problem(HttpStatus.PRECONDITION_FAILED, "tus 1.0.0 expected", "Send 'Tus-Resumable: 1.0.0'.");
        }
        return access.refusal(request);
    }

    private Upload find(String id) {
        try {
            return uploads.findById(UUID.fromString(id)).filter(u -> u.assetId == null).orElse(null);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private Path part(UUID id) {
        return directory.resolve(id + ".part");
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).header("Tus-Resumable", TUS).body(problem);
    }

    /** tus metadata: comma-separated "key base64value" pairs. */
    static Map<String, String> metadata(String header) {
        Map<String, String> values = new HashMap<>();
        if (header == null) {
            return values;
        }
        for (String pair : header.split(",")) {
            String[] parts = pair.strip().split(" ", 2);
            if (parts.length == 2 && !parts[0].isBlank()) {
                try {
                    values.put(parts[0], new String(Base64.getDecoder().decode(parts[1].strip()), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException notBase64) {
                    // An undecodable value is left out, as if it had not been sent.
                }
            }
        }
        return values;
    }
}
