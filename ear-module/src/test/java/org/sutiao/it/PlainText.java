package org.sutiao.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Issue 12's words check: what a page shows must be plain words, never a bundle key ({@code case.status}), a
 * missing message ({@code ???x???}), an unevaluated expression, an enum constant ({@code PART_TIME}, {@code VALID})
 * or a property path ({@code obligations[0].obligorPartyId}, {@code languages[1]}). Keys and constants are the real
 * ones: the bundle's keys and every enum constant of the application's classes, so ordinary text never matches.
 */
final class PlainText {
    /** Acronyms that are words on a Chinese page (file types, the council's name) even where an enum has them. */
    private static final Set<String> WORDS = Set.of("PDF", "JPEG", "PNG", "DOCX", "WORD", "CCPIT", "JSON", "CSV", "ZIP");
    private static final Pattern KEY = Pattern.compile("(?<![\\w@/.-])[a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+(?![\\w@/-])");
    private static final Pattern CONSTANT = Pattern.compile("(?<![A-Za-z0-9_])[A-Z][A-Z0-9_]*[A-Z0-9](?![a-z0-9_])");
    private static final Pattern PATH = Pattern.compile("(?<![\\w.])[a-z][A-Za-z]*\\[\\d+\\](?:\\.[a-z][A-Za-z]*)*"
            + "|(?<![\\w.])[a-z]+[A-Z][A-Za-z]*(?:\\.[a-z][A-Za-z]*)*\\s*[：:]");
    private static Set<String> keys;
    private static Set<String> constants;

    private PlainText() {
    }

    /** What on the page is not plain words (empty when all is well), each finding with a little context. */
    static List<String> problems(String text) {
        List<String> out = new ArrayList<>();
        if (text.contains("???")) {
            out.add("missing message: " + around(text, text.indexOf("???")));
        }
        if (text.contains("#{") || text.contains("${")) {
            out.add("unevaluated expression: " + around(text, Math.max(text.indexOf("#{"), text.indexOf("${"))));
        }
        Matcher k = KEY.matcher(text);
        while (k.find()) {
            String token = k.group().replaceAll("\\.+$", "");
            if (keys().contains(token)) {
                out.add("bundle key " + token + ": " + around(text, k.start()));
            }
        }
        Matcher c = CONSTANT.matcher(text);
        while (c.find()) {
            String token = c.group();
            if ((token.length() >= 4 || token.contains("_")) && !WORDS.contains(token) && constants().contains(token)) {
                out.add("enum code " + token + ": " + around(text, c.start()));
            }
        }
        Matcher p = PATH.matcher(text);
        while (p.find()) {
            out.add("property path " + p.group() + ": " + around(text, p.start()));
        }
        return List.copyOf(new LinkedHashSet<>(out));
    }

    private static String around(String text, int at) {
        int from = Math.max(0, at - 30);
        int to = Math.min(text.length(), at + 50);
        return "…" + text.substring(from, to).replaceAll("\\s+", " ") + "…";
    }

    /** The keys of the Chinese bundle (the same as the English one's: BundleKeysTest). */
    static synchronized Set<String> keys() {
        if (keys == null) {
            Properties p = new Properties();
            try (InputStream in = PlainText.class.getResourceAsStream("/org/sutiao/i18n/messages_zh.properties")) {
                if (in == null) {
                    throw new IllegalStateException("the bundle is not on the test class path");
                }
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            keys = new TreeSet<>(p.stringPropertyNames());
        }
        return keys;
    }

    /** Every enum constant of the application's classes (org.sutiao.*), read from the EJB module's classes. */
    static synchronized Set<String> constants() {
        if (constants == null) {
            Set<String> names = new TreeSet<>();
            for (String className : applicationClasses()) {
                try {
                    Class<?> type = Class.forName(className, false, PlainText.class.getClassLoader());
                    if (type.isEnum()) {
                        for (java.lang.reflect.Field f : type.getDeclaredFields()) {
                            if (f.isEnumConstant()) {
                                names.add(f.getName());
                            }
                        }
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // not loadable outside the server: not an enum shown on a page
                }
            }
            if (!names.contains("PENDING_ACCEPTANCE")) {
                throw new IllegalStateException("the application's enums were not found");
            }
            constants = names;
        }
        return constants;
    }

    private static List<String> applicationClasses() {
        try {
            Path where = Path.of(org.sutiao.cases.domain.CaseStatus.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
            List<String> out = new ArrayList<>();
            if (Files.isDirectory(where)) {
                try (Stream<Path> files = Files.walk(where.resolve("org/sutiao"))) {
                    files.map(f -> where.relativize(f).toString().replace(java.io.File.separatorChar, '/'))
                            .filter(n -> n.endsWith(".class")).forEach(n -> out.add(className(n)));
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    jar.stream().map(java.util.jar.JarEntry::getName)
                            .filter(n -> n.startsWith("org/sutiao/") && n.endsWith(".class"))
                            .forEach(n -> out.add(className(n)));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String className(String entry) {
        return entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
    }
}
