package org.pressroom.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.pressroom.TestDataDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/** The ZIP written on the fly: readable by a standard reader, its length known beforehand, ZIP64 past 4 GiB. */
class ZipStreamTests {

    @Test
    void aStreamedArchiveIsReadBackWithItsNamesDatesAndChecksums() throws Exception {
        byte[] first = "manifest: été".getBytes(StandardCharsets.UTF_8);
        byte[] second = new byte[300_000];
        new java.util.Random(1).nextBytes(second);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ZipStream zip = new ZipStream(out, LocalDateTime.of(2026, 2, 12, 10, 30, 4));
        entry(zip, "MANIFEST.txt", first);
        entry(zip, "vidéo-broadcast.mp4", second);
        zip.finish();

        assertThat((long) out.size()).isEqualTo(ZipStream.length(List.of("MANIFEST.txt", "vidéo-broadcast.mp4"),
                List.of((long) first.length, (long) second.length)));
        Path file = TestDataDirectory.fresh("zip").resolve("a.zip");
        Files.write(file, out.toByteArray());
        try (ZipFile archive = new ZipFile(file.toFile())) {
            List<? extends ZipEntry> entries = Collections.list(archive.entries());
            assertThat(entries).extracting(ZipEntry::getName).containsExactly("MANIFEST.txt", "vidéo-broadcast.mp4");
            for (ZipEntry entry : entries) {
                assertThat(entry.getMethod()).isEqualTo(ZipEntry.STORED);
                assertThat(entry.getTimeLocal()).isEqualTo(LocalDateTime.of(2026, 2, 12, 10, 30, 4));
                try (InputStream in = archive.getInputStream(entry)) {
                    byte[] bytes = in.readAllBytes();
                    assertThat(bytes).isEqualTo(entry.getName().endsWith(".txt") ? first : second);
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    assertThat(entry.getCrc()).isEqualTo(crc.getValue());
                }
            }
        }
    }

    @Test
    void aFileOfMoreThan4GiBIsWrittenWithZip64Records() throws Exception {
        long size = 5L << 30;
        Tail tail = new Tail(4096);
        ZipStream zip = new ZipStream(tail, LocalDateTime.of(2026, 2, 12, 10, 30));
        zip.begin("master.mxf", size);
        byte[] zeros = new byte[1 << 20];
        for (long written = 0; written < size; written += zeros.length) {
            zip.write(zeros, 0, zeros.length);
        }
        zip.end(0x12345678);
        zip.finish();

        assertThat(tail.count).isEqualTo(ZipStream.length(List.of("master.mxf"), List.of(size)));
        ByteBuffer end = ByteBuffer.wrap(tail.bytes()).order(ByteOrder.LITTLE_ENDIAN);
        int eocd = end.capacity() - 22;
        assertThat(end.getInt(eocd)).isEqualTo(0x06054b50);
        assertThat(end.getInt(eocd + 16)).as("the offset of the directory is in the ZIP64 record").isEqualTo(-1);
        int locator = eocd - 20;
        assertThat(end.getInt(locator)).isEqualTo(0x07064b50);
        int record = locator - 56;
        assertThat(end.getInt(record)).isEqualTo(0x06064b50);
        long directoryOffset = end.getLong(record + 48);
        assertThat(directoryOffset).isEqualTo(30 + "master.mxf".length() + 20 + size + 24);
        int directory = (int) (tail.count - directoryOffset <= end.capacity() ? end.capacity() - (tail.count - directoryOffset) : -1);
        assertThat(end.getInt(directory)).isEqualTo(0x02014b50);
        assertThat(end.getInt(directory + 16)).isEqualTo(0x12345678);
        assertThat(end.getInt(directory + 24)).as("the size is in the ZIP64 extra field").isEqualTo(-1);
        int extra = directory + 46 + "master.mxf".length();
        assertThat(end.getShort(extra)).isEqualTo((short) 1);
        assertThat(end.getLong(extra + 4)).isEqualTo(size);
    }

    private static void entry(ZipStream zip, String name, byte[] bytes) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        zip.begin(name, bytes.length);
        zip.write(bytes, 0, bytes.length);
        zip.end((int) crc.getValue());
    }

    /** Counts what is written and keeps the last bytes of it. */
    private static final class Tail extends OutputStream {

        private final byte[] ring;
        long count;

        Tail(int keep) {
            this.ring = new byte[keep];
        }

        @Override
        public void write(int b) {
            ring[(int) (count++ % ring.length)] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (len >= ring.length) {
                for (int i = len - ring.length; i < len; i++) {
                    ring[(int) ((count + i) % ring.length)] = b[off + i];
                }
                count += len;
                return;
            }
            for (int i = 0; i < len; i++) {
                write(b[off + i]);
            }
        }

        byte[] bytes() {
            int kept = (int) Math.min(count, ring.length);
            byte[] out = new byte[kept];
            for (int i = 0; i < kept; i++) {
                out[i] = ring[(int) ((count - kept + i) % ring.length)];
            }
            return out;
        }
    }
}
