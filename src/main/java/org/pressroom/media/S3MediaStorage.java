package org.pressroom.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Media files in an S3-compatible bucket. A file is first written to a local temporary file (its size and
 * SHA-256 are known before it is sent, and an upload that fails halfway leaves nothing in the bucket), then
 * put in one request; S3 makes an object visible only once it is complete. The SHA-256 is kept in the
 * object's metadata.
 */
class S3MediaStorage implements MediaStorage {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final Path temporary;
    private final S3Presigner presigner;

    S3MediaStorage(S3Client s3, String bucket, String prefix, Path temporary) {
        this(s3, null, bucket, prefix, temporary);
    }

    /** @param presigner signs temporary addresses of objects; null: none are given */
    S3MediaStorage(S3Client s3, S3Presigner presigner, String bucket, String prefix, Path temporary) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
        this.prefix = prefix == null || prefix.isBlank() ? "" : prefix.replaceAll("/+$", "") + "/";
        this.temporary = temporary;
    }

    @Override
    public StoredFile store(String key, InputStream content) throws IOException {
        StorageKeys.check(key);
        Files.createDirectories(temporary);
        Path file = Files.createTempFile(temporary, "upload-", ".tmp");
        try {
            MessageDigest digest = sha256();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
                size = content.transferTo(out);
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            try {
                s3.putObject(request -> request.bucket(bucket).key(prefix + key).metadata(Map.of("sha256", sha256)),
                        RequestBody.fromFile(file));
            } catch (S3Exception e) {
                throw new IOException("The media bucket refused " + key + ": " + e.awsErrorDetails().errorMessage(), e);
            }
            return new StoredFile(key, size, sha256);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Override
    public Optional<Resource> find(String key) {
        if (!StorageKeys.valid(key)) {
            return Optional.empty();
        }
        try {
            HeadObjectResponse head = s3.headObject(request -> request.bucket(bucket).key(prefix + key));
            return Optional.of(new ObjectResource(key, head.contentLength()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void delete(String key) {
        StorageKeys.check(key);
        s3.deleteObject(request -> request.bucket(bucket).key(prefix + key));
    }

    /**
     * A pre-signed GET of the object, valid for {@code lifetime}, that asks the bucket to send it
     * with the given Content-Disposition. Signing is local: no request is made.
     */
    @Override
    public Optional<URI> temporaryUrl(String key, Duration lifetime, String contentDisposition) {
        StorageKeys.check(key);
        if (presigner == null) {
            return Optional.empty();
        }
        var signed = presigner.presignGetObject(request -> request.signatureDuration(lifetime)
                .getObjectRequest(get -> get.bucket(bucket).key(prefix + key).responseContentDisposition(contentDisposition)));
        return Optional.of(URI.create(signed.url().toString()));
    }

    /** An object read when asked for, so that finding a file does not download it. */
    private final class ObjectResource extends AbstractResource {

        private final String key;
        private final long length;

        ObjectResource(String key, long length) {
            this.key = key;
            this.length = length;
        }

        @Override
        public InputStream getInputStream() {
            return s3.getObject(request -> request.bucket(bucket).key(prefix + key));
        }

        @Override
        public long contentLength() {
            return length;
        }

        @Override
        public String getFilename() {
            return key.substring(key.lastIndexOf('/') + 1);
        }

        @Override
        public String getDescription() {
            return "s3://" + bucket + "/" + prefix + key;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
