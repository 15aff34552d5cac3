package org.pressroom.media;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** An IPTC-IIM block inside a Photoshop APP13 segment (image resource 0x0404), as picture desks write captions and credits. */
public final class IptcBlock {

    private final ByteArrayOutputStream datasets = new ByteArrayOutputStream();

    /** Record 1, dataset 90: the coded character set is UTF-8 (ESC % G). */
    public IptcBlock utf8() {
        dataset(1, 90, new byte[] {0x1b, 0x25, 0x47});
        return this;
    }

    /** Record 2 (application), such as 120 caption, 110 credit, 80 by-line, 55 date created. */
    public IptcBlock set(int dataset, String value) {
        dataset(2, dataset, value.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    private void dataset(int record, int dataset, byte[] value) {
        datasets.write(0x1c);
        datasets.write(record);
        datasets.write(dataset);
        datasets.write((value.length >> 8) & 0xff);
        datasets.write(value.length & 0xff);
        datasets.writeBytes(value);
    }

    /** The whole APP13 segment, marker included, to put after a JPEG's start-of-image marker. */
    public byte[] segment() {
        byte[] iim = datasets.toByteArray();
        int padded = iim.length + (iim.length % 2);
        ByteBuffer payload = ByteBuffer.allocate(14 + 4 + 2 + 2 + 4 + padded)
                .put("Photoshop 3.0\0".getBytes(StandardCharsets.US_ASCII)).put("8BIM".getBytes(StandardCharsets.US_ASCII))
                .putShort((short) 0x0404).putShort((short) 0).putInt(iim.length).put(iim);
        return segment(0xed, payload.array());
    }

    /** A JPEG marker segment: 0xFF, the marker, the length (itself included), the payload. */
    public static byte[] segment(int marker, byte[] payload) {
        return ByteBuffer.allocate(4 + payload.length).put((byte) 0xff).put((byte) marker)
                .putShort((short) (payload.length + 2)).put(payload).array();
    }
}
