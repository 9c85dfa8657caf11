package org.sutiao.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Migration versions only grow (issue 13 §5): every migration of a released version (db/released-migrations.txt)
 * is still there, unchanged (Flyway would refuse to start on a changed checksum), and every other migration sorts
 * after the last released one, so a database of the last release gets it; versions are unique.
 */
class MigrationOrderTest {
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern NAME = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");

    @Test
    void releasedMigrationsAreUnchangedAndNewOnesSortAfterThem() throws Exception {
        Map<String, String> released = new LinkedHashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/db/released-migrations.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.trim().split("\\s+");
                    released.put(parts[0], parts[1]);
                }
            }
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(MIGRATIONS)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().toList();
        }
        Map<String, Path> byVersion = new LinkedHashMap<>();
        for (Path f : files) {
            String version = version(f.getFileName().toString());
            Path other = byVersion.put(normalized(version), f);
            if (other != null) {
                fail("two migrations with version " + version + ": " + other.getFileName() + ", " + f.getFileName());
            }
        }
        String lastReleased = "0";
        for (Map.Entry<String, String> r : released.entrySet()) {
            Path f = MIGRATIONS.resolve(r.getKey());
            assertTrue(Files.exists(f), "released migration " + r.getKey() + " is gone (renamed or renumbered?)");
            assertEquals(r.getValue(), sha256(f), "released migration " + r.getKey() + " was changed: add a new one");
            String v = version(r.getKey());
            if (compare(v, lastReleased) > 0) {
                lastReleased = v;
            }
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (!released.containsKey(name)) {
                assertTrue(compare(version(name), lastReleased) > 0, name + " sorts before the released V" + lastReleased
                        + ": a database of the last release would never apply it; give it a version after it");
            }
        }
    }

    private static String version(String fileName) {
        Matcher m = NAME.matcher(fileName);
        assertTrue(m.matches(), "migration name " + fileName + " (V<version>__<description>.sql)");
        return m.group(1).replace('_', '.');
    }

    private static String normalized(String version) {
        return Stream.of(version.split("\\.")).map(p -> new BigInteger(p).toString())
                .reduce((a, b) -> a + "." + b).orElseThrow().replaceAll("(\\.0)+$", "");
    }

    /** Flyway's order: part by part, numerically. */
    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            BigInteger p = i < x.length ? new BigInteger(x[i]) : BigInteger.ZERO;
            BigInteger q = i < y.length ? new BigInteger(y[i]) : BigInteger.ZERO;
            int c = p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static String sha256(Path f) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
