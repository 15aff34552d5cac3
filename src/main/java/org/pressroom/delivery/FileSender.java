package org.pressroom.delivery;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;

/**
 * Sends a file from this node's disk the way a static file server does: exact {@code Content-Length},
 * {@code Accept-Ranges}, a strong ETag (the file's SHA-256), {@code Last-Modified}, conditional requests
 * ({@code If-Match}, {@code If-None-Match}, {@code If-Modified-Since}, {@code If-Unmodified-Since}), {@code Range} with
 * one or several ranges ({@code multipart/byteranges}) and {@code If-Range}, HEAD with the headers of GET.
 *
 * <p>The bytes go from the file into the socket through one direct buffer per request thread, written to the
 * server's own output stream (past the filters' wrappers, once they have written their headers), so that
 * Tomcat hands the buffer to the socket without copying it again. Every byte written is counted: a client
 * that goes away mid-file ends the copy quietly and is reported as a partial download.
 */
class FileSender {

    /** What a request received. {@code sent} is -1 and {@code complete} null when the bytes left with sendfile. */
    record Sent(long firstByte, long asked, long sent, Boolean complete) {
    }

    private static final Logger log = LoggerFactory.getLogger(FileSender.class);
    private static final int CHUNK = 256 * 1024;
    /** Direct buffers, reused: as many as downloads run at once at most, so memory stays flat whatever is sent. */
    private static final java.util.concurrent.BlockingQueue<ByteBuffer> BUFFERS = new java.util.concurrent.ArrayBlockingQueue<>(64);
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int maxRanges;
    private final boolean sendfile;

    FileSender(int maxRanges, boolean sendfile) {
        this.maxRanges = maxRanges;
        this.sendfile = sendfile;
    }

    /**
     * Answers the request with the file, or with 304, 412 or 416 as its headers call for.
     *
     * @param sha256 the file's SHA-256, its strong ETag
     * @return what was sent, or empty when no body was due (HEAD, 304, 412, 416)
     */
    Optional<Sent> send(HttpServletRequest request, HttpServletResponse response, Path file, String contentType, String sha256,
                        DownloadName name) throws IOException {
        long size = Files.size(file);
        Instant modified = Files.getLastModifiedTime(file).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String etag = "\"" + sha256 + "\"";
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.LAST_MODIFIED, HTTP_DATE.format(modified.atZone(ZoneOffset.UTC)));
        // Personal (the link is), never changed by proxies: a video is never recompressed on its way.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-transform");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, name.contentDisposition());

        if (!preconditionsHold(request, etag, modified)) {
            response.setStatus(HttpServletResponse.SC_PRECONDITION_FAILED);
            response.setContentLength(0);
            return Optional.empty();
        }
        if (notModified(request, etag, modified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return Optional.empty();
        }
        boolean head = "HEAD".equals(request.getMethod());
        // Range is defined for GET only (RFC 9110, 14.2): a HEAD answers as the plain GET would.
        ByteRanges ranges = head || !rangeStillValid(request.getHeader(HttpHeaders.IF_RANGE), etag, modified) ? ByteRanges.whole()
                : ByteRanges.parse(request.getHeader(HttpHeaders.RANGE), size, maxRanges);
        switch (ranges.outcome()) {
            case UNSATISFIABLE -> {
                response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
                response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
                response.setContentLength(0);
                return Optional.empty();
            }
            case WHOLE -> {
                response.setStatus(HttpServletResponse.SC_OK);
                response.setContentType(contentType);
                response.setContentLengthLong(size);
                return head ? Optional.empty() : Optional.of(copy(request, response, file, List.of(new ByteRanges.Range(0, size - 1)),
                        null, contentType, size));
            }
            default -> {
                List<ByteRanges.Range> parts = ranges.ranges();
                response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
                if (parts.size() == 1) {
                    ByteRanges.Range range = parts.get(0);
                    response.setContentType(contentType);
                    response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + range.first() + "-" + range.last() + "/" + size);
                    response.setContentLengthLong(range.length());
                    return Optional.of(copy(request, response, file, parts, null, contentType, size));
                }
                String boundary = HexFormat.of().formatHex(bytes(12));
                response.setContentType("multipart/byteranges; boundary=" + boundary);
                long length = 0;
                for (ByteRanges.Range range : parts) {
                    length += partHeader(boundary, contentType, range, size).length + range.length();
                }
                length += closing(boundary).length;
                response.setContentLengthLong(length);
                return Optional.of(copy(request, response, file, parts, boundary, contentType, size));
            }
        }
    }

    /** If-Match, else If-Unmodified-Since (RFC 9110, 13.2.2). */
    private static boolean preconditionsHold(HttpServletRequest request, String etag, Instant modified) {
        String ifMatch = request.getHeader(HttpHeaders.IF_MATCH);
        if (ifMatch != null) {
            return ifMatch.strip().equals("*") || tags(ifMatch).contains(etag);
        }
        Instant since = date(request.getHeader(HttpHeaders.IF_UNMODIFIED_SINCE));
        return since == null || !modified.isAfter(since);
    }

    /** If-None-Match (weak comparison), else If-Modified-Since. */
    private static boolean notModified(HttpServletRequest request, String etag, Instant modified) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return ifNoneMatch.strip().equals("*") || tags(ifNoneMatch).stream().anyMatch(tag -> tag.replaceFirst("^W/", "").equals(etag));
        }
        Instant since = date(request.getHeader(HttpHeaders.IF_MODIFIED_SINCE));
        return since != null && !modified.isAfter(since);
    }

    /** If-Range: the Range applies only when the client's copy is still this file (strong comparison, or the exact date). */
    private static boolean rangeStillValid(String ifRange, String etag, Instant modified) {
        if (ifRange == null) {
            return true;
        }
        String value = ifRange.strip();
        if (value.startsWith("\"") || value.startsWith("W/")) {
            return value.equals(etag);
        }
        Instant date = date(value);
        return date != null && date.equals(modified);
    }

    private static List<String> tags(String header) {
        return java.util.Arrays.stream(header.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
    }

    private static Instant date(String header) {
        if (header == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(header.strip(), HTTP_DATE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Sent copy(HttpServletRequest request, HttpServletResponse response, Path file, List<ByteRanges.Range> ranges,
                      String boundary, String contentType, long size) throws IOException {
        long first = ranges.get(0).first();
        long asked = ranges.stream().mapToLong(ByteRanges.Range::length).sum();
        if (sendfile && boundary == null && Boolean.TRUE.equals(request.getAttribute("org.apache.tomcat.sendfile.support"))) {
            // Tomcat sends the file itself from the kernel's page cache once the response is done; it does not say
            // how much the client took.
            request.setAttribute("org.apache.tomcat.sendfile.filename", file.toAbsolutePath().toString());
            request.setAttribute("org.apache.tomcat.sendfile.start", first);
            request.setAttribute("org.apache.tomcat.sendfile.end", first + asked);
            return new Sent(first, asked, -1, null);
        }
        long sent = 0;
        ByteBuffer buffer = Optional.ofNullable(BUFFERS.poll()).orElseGet(() -> ByteBuffer.allocateDirect(CHUNK));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            // Headers go out through the filters' wrappers (security headers, the session), the body past them.
            response.flushBuffer();
            ServletOutputStream out = serverOutput(response);
            for (ByteRanges.Range range : ranges) {
                if (boundary != null) {
                    byte[] header = partHeader(boundary, contentType, range, size);
                    if (!write(out, ByteBuffer.wrap(header))) {
                        return new Sent(first, asked, sent, false);
                    }
                }
                long position = range.first();
                long remaining = range.length();
                while (remaining > 0) {
                    buffer.clear().limit((int) Math.min(buffer.capacity(), remaining));
                    int read = channel.read(buffer, position);
                    if (read < 0) {
                        throw new IOException(file + " is shorter than its recorded length");
                    }
                    buffer.flip();
                    if (!write(out, buffer)) {
                        return new Sent(first, asked, sent, false);
                    }
                    position += read;
                    remaining -= read;
                    sent += read;
                }
            }
            if (boundary != null && !write(out, ByteBuffer.wrap(closing(boundary)))) {
                return new Sent(first, asked, sent, false);
            }
            if (!flush(out)) {
                return new Sent(first, asked, sent, false);
            }
        } finally {
            BUFFERS.offer(buffer.clear());
        }
        return new Sent(first, asked, sent, true);
    }

    /** Writes the buffer; false when the client has gone (a closed download is normal, not an error). */
    private static boolean write(ServletOutputStream out, ByteBuffer buffer) {
        try {
            out.write(buffer);
            return true;
        } catch (IOException clientGone) {
            log.debug("Download ended by the client: {}", clientGone.getMessage());
            return false;
        }
    }

    private static boolean flush(ServletOutputStream out) {
        try {
            out.flush();
            return true;
        } catch (IOException clientGone) {
            return false;
        }
    }

    private static ServletOutputStream serverOutput(ServletResponse response) throws IOException {
        ServletResponse inner = response;
        while (inner instanceof ServletResponseWrapper wrapper) {
            inner = wrapper.getResponse();
        }
        return inner.getOutputStream();
    }

    private static byte[] partHeader(String boundary, String contentType, ByteRanges.Range range, long size) {
        return ("\r\n--" + boundary + "\r\nContent-Type: " + contentType + "\r\nContent-Range: bytes " + range.first() + "-"
                + range.last() + "/" + size + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] closing(String boundary) {
        return ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
