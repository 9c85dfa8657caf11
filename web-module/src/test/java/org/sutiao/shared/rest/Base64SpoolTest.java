package org.sutiao.shared.rest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Base64SpoolTest {
    private static final Pattern TOKEN = Pattern.compile("\"(sutiao-spool:[0-9a-f]+:\\d+)\"");

    @AfterEach
    void clear() {
        Base64Spool.clear();
    }

    private static String through(String json) throws IOException {
        return new String(Base64Spool.begin().filter(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
                .readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void materialsAreDecodedWhileStreamingAndEverythingElsePassesUnchanged() throws IOException {
        byte[] a = new byte[3 * 1024 * 1024 + 7];
        new Random(1).nextBytes(a);
        byte[] b = "%PDF-1.4 短".getBytes(StandardCharsets.UTF_8);
        String mime = Base64.getMimeEncoder().encodeToString(b).replace("\r\n", "\\r\\n");
        String json = "{\"facts\":\"contentBase64 \\\"x\\\": 法院\",\"materials\":[{\"fileName\":\"a.pdf\",\"contentBase64\" : \""
                + Base64.getEncoder().encodeToString(a) + "\"},{\"contentBase64\":\"" + mime.replace("/", "\\/")
                + "\",\"contentType\":null}],\"scanBase64\":null}";
        String out = through(json);
        Matcher m = TOKEN.matcher(out);
        assertTrue(m.find());
        assertArrayEquals(a, Base64Spool.decode(m.group(1)));
        assertTrue(m.find());
        assertArrayEquals(b, Base64Spool.decode(m.group(1)));
        assertEquals(json.replaceAll("\"contentBase64\" ?: ?\"[^\"]*\"", "X"), out.replaceAll("\"contentBase64\" ?: ?\"[^\"]*\"", "X"));
        assertTrue(out.length() < 400, out);
    }

    @Test
    void everyPaddingDecodesAsTheJdkDecoderAndBadEndingsAreRefused() throws IOException {
        for (int n = 0; n < 7; n++) {
            byte[] bytes = new byte[n];
            new Random(n).nextBytes(bytes);
            Matcher m = TOKEN.matcher(through("{\"contentBase64\":\"" + Base64.getEncoder().encodeToString(bytes) + "\"}"));
            assertTrue(m.find());
            assertArrayEquals(bytes, Base64Spool.decode(m.group(1)));
        }
        for (String bad : new String[]{"QUJD=RA==", "Q", "QUJDR===", "QQ="}) {
            Matcher m = TOKEN.matcher(through("{\"contentBase64\":\"" + bad + "\"}"));
            assertTrue(m.find());
            String token = m.group(1);
            assertThrows(IllegalArgumentException.class, () -> Base64Spool.decode(token), bad);
            assertThrows(IllegalArgumentException.class, () -> Base64.getMimeDecoder().decode(bad), bad);
        }
    }

    @Test
    void aTokenOfAnotherRequestIsNotAccepted() {
        Base64Spool.begin();
        assertThrows(IllegalArgumentException.class, () -> Base64Spool.decode("sutiao-spool:00:0"));
    }
}
