package org.pressroom.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A ZIP file written as it goes, for files whose sizes are known beforehand: every entry stored, not deflated
 * (video, audio and JPEG do not compress, and storing costs no CPU), its CRC-32 computed while its bytes pass
 * and written after them in a data descriptor, so no temporary file is needed. ZIP64 records are written where
 * a size or an offset passes 4 GiB, as broadcast masters do. Since every size is known, {@link #length} gives
 * the exact length of the whole archive before the first byte is written.
 */
final class ZipStream {

    private static final long LIMIT = 0xFFFFFFFFL;
    private static final int FLAGS = 0x0808; // data descriptor follows; names are UTF-8

    private final OutputStream out;
    private final int dosTime;
    private final int dosDate;
    private final List<Written> written = new ArrayList<>();
    private long offset;

    private record Written(byte[] name, long size, int crc, long offset) {
    }

    /** @param time the modification time given to every entry */
    ZipStream(OutputStream out, LocalDateTime time) {
        this.out = out;
        this.dosTime = time.getHour() << 11 | time.getMinute() << 5 | time.getSecond() / 2;
        this.dosDate = Math.max(0, time.getYear() - 1980) << 9 | time.getMonthValue() << 5 | time.getDayOfMonth();
    }

    /** The length of an archive of entries with these names and sizes. */
    static long length(List<String> names, List<Long> sizes) {
        ZipStream zip = new ZipStream(OutputStream.nullOutputStream(), LocalDateTime.of(1980, 1, 1, 0, 0));
        try {
            for (int i = 0; i < names.size(); i++) {
                zip.begin(names.get(i), sizes.get(i));
                zip.offset += sizes.get(i);
                zip.end(0);
            }
            zip.finish();
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return zip.offset;
    }

    /** Writes the entry's local header; its {@code size} bytes follow, then {@link #end}. */
    void begin(String name, long size) throws IOException {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        boolean zip64 = size >= LIMIT;
        ByteBuffer header = buffer(30 + bytes.length + (zip64 ? 20 : 0));
        header.putInt(0x04034b50).putShort((short) (zip64 ? 45 : 20)).putShort((short) FLAGS).putShort((short) 0)
                .putShort((short) dosTime).putShort((short) dosDate)
                .putInt(0) // CRC-32, in the data descriptor
                .putInt(zip64 ? (int) LIMIT : (int) size).putInt(zip64 ? (int) LIMIT : (int) size)
                .putShort((short) bytes.length).putShort((short) (zip64 ? 20 : 0)).put(bytes);
        if (zip64) {
            header.putShort((short) 1).putShort((short) 16).putLong(size).putLong(size);
        }
        long at = offset;
        write(header);
        written.add(new Written(bytes, size, 0, at));
    }

    /** The entry's bytes, as they pass. */
    void write(byte[] bytes, int from, int length) throws IOException {
        out.write(bytes, from, length);
        offset += length;
    }

    /** Closes the entry with its data descriptor. */
    void end(int crc) throws IOException {
        Written entry = written.remove(written.size() - 1);
        written.add(new Written(entry.name, entry.size, crc, entry.offset));
        boolean zip64 = entry.size >= LIMIT;
        ByteBuffer descriptor = buffer(zip64 ? 24 : 16);
        descriptor.putInt(0x08074b50).putInt(crc);
        if (zip64) {
            descriptor.putLong(entry.size).putLong(entry.size);
        } else {
            descriptor.putInt((int) entry.size).putInt((int) entry.size);
        }
        write(descriptor);
    }

    /** The central directory and its end records. */
    void finish() throws IOException {
        long start = offset;
        for (Written entry : written) {
            boolean bigSize = entry.size >= LIMIT;
            boolean farOffset = entry.offset >= LIMIT;
            int extra = (bigSize ? 16 : 0) + (farOffset ? 8 : 0);
            ByteBuffer header = buffer(46 + entry.name.length + (extra > 0 ? 4 + extra : 0));
            header.putInt(0x02014b50).putShort((short) (3 << 8 | 45)).putShort((short) (extra > 0 ? 45 : 20))
                    .putShort((short) FLAGS).putShort((short) 0).putShort((short) dosTime).putShort((short) dosDate).putInt(entry.crc)
                    .putInt(bigSize ? (int) LIMIT : (int) entry.size).putInt(bigSize ? (int) LIMIT : (int) entry.size)
                    .putShort((short) entry.name.length).putShort((short) (extra > 0 ? 4 + extra : 0)).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0)
                    .putInt(0100644 << 16) // a regular file, rw-r--r--
                    .putInt(farOffset ? (int) LIMIT : (int) entry.offset).put(entry.name);
            if (extra > 0) {
                header.putShort((short) 1).putShort((short) extra);
                if (bigSize) {
                    header.putLong(entry.size).putLong(entry.size);
                }
                if (farOffset) {
                    header.putLong(entry.offset);
                }
            }
            write(header);
        }
        long size = offset - start;
        boolean zip64 = written.size() >= 0xFFFF || size >= LIMIT || start >= LIMIT;
        if (zip64) {
            long record = offset;
            ByteBuffer end64 = buffer(56 + 20);
            end64.putInt(0x06064b50).putLong(44).putShort((short) 45).putShort((short) 45).putInt(0).putInt(0)
                    .putLong(written.size()).putLong(written.size()).putLong(size).putLong(start);
            end64.putInt(0x07064b50).putInt(0).putLong(record).putInt(1);
            write(end64);
        }
        ByteBuffer end = buffer(22);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0)
                .putShort((short) Math.min(written.size(), 0xFFFF)).putShort((short) Math.min(written.size(), 0xFFFF))
                .putInt(zip64 ? (int) LIMIT : (int) size).putInt(zip64 ? (int) LIMIT : (int) start).putShort((short) 0);
        write(end);
        out.flush();
    }

    private void write(ByteBuffer buffer) throws IOException {
        out.write(buffer.array(), 0, buffer.position());
        offset += buffer.position();
    }

    private static ByteBuffer buffer(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
