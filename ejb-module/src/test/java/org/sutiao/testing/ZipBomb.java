package org.sutiao.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A DOCX-looking zip bomb built for tests: {@code word/document.xml} first, then {@code parts} entries of
 * {@code partBytes} zeros each. One deflated part is written {@code parts} times, so 64 parts of 64 MiB (4 GiB)
 * take about 4 MB and a fraction of a second to build.
 */
public final class ZipBomb {
    private ZipBomb() {
    }

    public static byte[] docx(int parts, int partBytes) {
        return docx(parts, new byte[partBytes]);
    }

    /** A DOCX of {@code parts} copies of {@code part}, deflated once. */
    public static byte[] docx(int parts, byte[] part) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] xml = "<w:document/>".getBytes(StandardCharsets.UTF_8);
        entry(out, "word/document.xml", deflate(xml), crc(xml), xml.length);
        byte[] packed = deflate(part);
        long crc = crc(part);
        for (int i = 0; i < parts; i++) {
            entry(out, "word/media/part" + i + ".bin", packed, crc, part.length);
        }
        return out.toByteArray();
    }

    /** {@code bytes} that pack about 6:1 (every eighth byte random, like a document with pictures), the same every run. */
    public static byte[] sparse(int bytes) {
        byte[] b = new byte[bytes];
        java.util.Random r = new java.util.Random(42);
        for (int i = 0; i < bytes; i += 8) {
            b[i] = (byte) r.nextInt(256);
        }
        return b;
    }

    /** {@code bytes} that do not pack (like a picture), the same for every run. */
    public static byte[] incompressible(int bytes) {
        byte[] b = new byte[bytes];
        new java.util.Random(42).nextBytes(b);
        return b;
    }

    private static byte[] deflate(byte[] data) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        while (!d.finished()) {
            out.write(buffer, 0, d.deflate(buffer));
        }
        d.end();
        return out.toByteArray();
    }

    private static long crc(byte[] data) {
        CRC32 c = new CRC32();
        c.update(data);
        return c.getValue();
    }

    /** A local file header with the sizes and CRC in it (no data descriptor), then the deflated data. */
    private static void entry(ByteArrayOutputStream out, String name, byte[] packed, long crc, long size) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer h = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) 8).putShort((short) 0)
                .putShort((short) 0x21).putInt((int) crc).putInt(packed.length).putInt((int) size)
                .putShort((short) n.length).putShort((short) 0);
        out.writeBytes(h.array());
        out.writeBytes(n);
        out.writeBytes(packed);
    }
}
