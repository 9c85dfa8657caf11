package org.sutiao.shared.rest;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Materials in a JSON body are decoded while the body streams in (issue 13 §3): the value of every
 * {@code "contentBase64"} and {@code "scanBase64"} member goes through a Base64 decoder straight into bytes, and the
 * JSON binder sees a short token in its place ({@link #decode} gives the bytes back). So a push of two 20 MiB
 * materials holds their decoded bytes once, instead of a 27 MB character buffer, a 27 MB String, its Latin-1 copy
 * and the decoded bytes per material. Decoding follows {@link Base64#getMimeDecoder()}: characters outside the
 * alphabet (line breaks) are ignored, a bad ending makes {@link #decode} throw as the decoder would.
 * <p>
 * The spool belongs to the request's thread: {@link #begin()} when a body is read, {@link #clear()} when the response
 * leaves ({@link Base64SpoolInterceptor}). A token is random per request, so a client cannot name another's bytes.
 */
public final class Base64Spool {
    /** The members whose string values are spooled. */
    static final Set<String> MEMBERS = Set.of("contentBase64", "scanBase64");
    private static final String PREFIX = "sutiao-spool:";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<Base64Spool> CURRENT = new ThreadLocal<>();

    private final String nonce;
    private final Map<String, byte[]> decoded = new HashMap<>();
    private int next;

    private Base64Spool() {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        nonce = HexFormat.of().formatHex(b);
    }

    /** A new spool for the body about to be read on this thread. */
    static Base64Spool begin() {
        Base64Spool spool = new Base64Spool();
        CURRENT.set(spool);
        return spool;
    }

    /** Forgets this thread's spooled bytes. */
    static void clear() {
        CURRENT.remove();
    }

    /**
     * The bytes of a Base64 member: the spooled ones when {@code value} is this request's token, else
     * {@code value} decoded.
     *
     * @throws IllegalArgumentException when the Base64 does not decode
     */
    public static byte[] decode(String value) {
        Base64Spool spool = CURRENT.get();
        if (spool != null && value.startsWith(PREFIX)) {
            if (!spool.decoded.containsKey(value)) {
                throw new IllegalArgumentException("unknown spooled value");
            }
            byte[] bytes = spool.decoded.get(value);
            if (bytes == null) {
                throw new IllegalArgumentException("invalid Base64");
            }
            return bytes;
        }
        return Base64.getMimeDecoder().decode(value);
    }

    /** The JSON body as the binder reads it: the spooled members' values replaced by tokens. */
    InputStream filter(InputStream body) {
        return new SpoolingStream(body);
    }

    private String token() {
        return PREFIX + nonce + ":" + next++;
    }

    /** Decodes Base64 characters into 1 MiB blocks, joined once at the end. */
    private static final class Decoder {
        private static final int BLOCK = 1 << 20;
        private final List<byte[]> blocks = new ArrayList<>();
        private byte[] block = new byte[BLOCK];
        private int pos;
        private int bits;
        private int sextets;
        private int padding;
        private boolean invalid;

        void accept(int c) {
            int v;
            if (c >= 'A' && c <= 'Z') {
                v = c - 'A';
            } else if (c >= 'a' && c <= 'z') {
                v = c - 'a' + 26;
            } else if (c >= '0' && c <= '9') {
                v = c - '0' + 52;
            } else if (c == '+') {
                v = 62;
            } else if (c == '/') {
                v = 63;
            } else {
                if (c == '=') {
                    padding++;
                }
                return; // MIME: anything else is ignored
            }
            if (padding > 0) {
                invalid = true;
                return;
            }
            bits = (bits << 6) | v;
            if (++sextets == 4) {
                put(bits >> 16);
                put(bits >> 8);
                put(bits);
                bits = 0;
                sextets = 0;
            }
        }

        private void put(int b) {
            if (pos == block.length) {
                blocks.add(block);
                block = new byte[BLOCK];
                pos = 0;
            }
            block[pos++] = (byte) b;
        }

        /** The bytes, or null when the input was not valid Base64. */
        byte[] finish() {
            switch (sextets) {
                case 0 -> invalid |= padding != 0;
                case 1 -> invalid = true;
                case 2 -> {
                    invalid |= padding != 0 && padding != 2;
                    put(bits >> 4);
                }
                default -> {
                    invalid |= padding != 0 && padding != 1;
                    put(bits >> 10);
                    put(bits >> 2);
                }
            }
            if (invalid) {
                return null;
            }
            byte[] out = new byte[blocks.size() * BLOCK + pos];
            int at = 0;
            for (byte[] b : blocks) {
                System.arraycopy(b, 0, out, at, BLOCK);
                at += BLOCK;
            }
            System.arraycopy(block, 0, out, at, pos);
            blocks.clear();
            block = null;
            return out;
        }
    }

    /**
     * A byte-level JSON scanner (UTF-8: every structural character is ASCII, multi-byte sequences never contain
     * one) that passes the body through, except the string value of a spooled member, which it decodes and replaces.
     */
    private final class SpoolingStream extends FilterInputStream {
        private static final int KEY_MAX = 32;
        private final byte[] in = new byte[8192];
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        private byte[] pending = new byte[0];
        private int pendingPos;
        private boolean eof;
        // scanner state
        private boolean inString;
        private boolean escape;
        private final StringBuilder current = new StringBuilder();
        private boolean currentTooLong;
        private String lastString;
        private boolean afterString;
        private String member;
        private Decoder decoder;
        private int unicodeLeft;
        private int unicodeValue;

        SpoolingStream(InputStream body) {
            super(body);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (pendingPos >= pending.length) {
                if (eof) {
                    return -1;
                }
                int n = super.read(in, 0, in.length);
                if (n < 0) {
                    eof = true;
                    if (decoder != null) {
                        decoder = null; // unterminated string: the binder reports the broken JSON
                    }
                    continue;
                }
                out.reset();
                for (int i = 0; i < n; i++) {
                    scan(in[i] & 0xff);
                }
                pending = out.toByteArray();
                pendingPos = 0;
            }
            int k = Math.min(len, pending.length - pendingPos);
            System.arraycopy(pending, pendingPos, b, off, k);
            pendingPos += k;
            return k;
        }

        @Override
        public int available() {
            return pending.length - pendingPos;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void scan(int c) {
            if (decoder != null) {
                spool(c);
                return;
            }
            out.write(c);
            if (inString) {
                if (escape) {
                    escape = false;
                    remember(c);
                } else if (c == '\\') {
                    escape = true;
                    remember(c);
                } else if (c == '"') {
                    inString = false;
                    lastString = currentTooLong ? null : current.toString();
                    afterString = true;
                } else {
                    remember(c);
                }
                return;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                return;
            }
            if (c == ':' && afterString) {
                member = lastString;
                afterString = false;
                return;
            }
            afterString = false;
            if (c == '"') {
                if (member != null && MEMBERS.contains(member)) {
                    String token = token();
                    byte[] t = token.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                    out.write(t, 0, t.length);
                    decoder = new Decoder();
                    member = null;
                    return;
                }
                inString = true;
                current.setLength(0);
                currentTooLong = false;
            }
            member = null;
        }

        private void remember(int c) {
            if (current.length() < KEY_MAX) {
                current.append((char) c);
            } else {
                currentTooLong = true;
            }
        }

        private void spool(int c) {
            if (unicodeLeft > 0) {
                unicodeValue = unicodeValue * 16 + Character.digit(c, 16);
                if (--unicodeLeft == 0) {
                    decoder.accept(unicodeValue);
                }
                return;
            }
            if (escape) {
                escape = false;
                if (c == 'u') {
                    unicodeLeft = 4;
                    unicodeValue = 0;
                } else if (c == '/') {
                    decoder.accept('/');
                }
                return; // \n \r \t and the like: ignored, as the MIME decoder ignores line breaks
            }
            if (c == '\\') {
                escape = true;
            } else if (c == '"') {
                String token = PREFIX + nonce + ":" + (next - 1);
                decoded.put(token, decoder.finish());
                decoder = null;
                out.write('"');
            } else {
                decoder.accept(c);
            }
        }
    }
}
