package org.sutiao.shared.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every literal {@code msg['key']} of the views exists in both languages, and both bundles hold the same keys. */
class BundleKeysTest {
    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (var in = BundleKeysTest.class.getResourceAsStream("/org/sutiao/i18n/messages_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String language : new String[]{"zh", "en"}) {
            try (var in = BundleKeysTest.class.getResourceAsStream("/org/sutiao/i18n/messages_" + language + ".properties")) {
                Set<String> seen = new TreeSet<>();
                Set<String> twice = new TreeSet<>();
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("#") && l.contains("="))
                        .map(l -> l.substring(0, l.indexOf('=')).strip())
                        .forEach(k -> {
                            if (!seen.add(k)) {
                                twice.add(k);
                            }
                        });
                assertEquals(Set.of(), twice, language + ": a later definition silently wins");
            }
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(bundle("zh").stringPropertyNames()), new TreeSet<>(bundle("en").stringPropertyNames()));
    }

    @Test
    void everyKeyAViewUsesExists() throws IOException {
        Properties zh = bundle("zh");
        Pattern literal = Pattern.compile("msg\\['([A-Za-z0-9.]+)'\\]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> views = Files.walk(Path.of("src/main/webapp"))) {
            for (Path view : views.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = literal.matcher(Files.readString(view));
                while (m.find()) {
                    if (!m.group(1).endsWith(".") && !zh.containsKey(m.group(1))) {
                        missing.add(view.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
        assertFalse(zh.isEmpty());
    }
}
