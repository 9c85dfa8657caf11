package org.sutiao.shared.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No Java source of the web module names a client id of a page (issue 12, "How it is built"): an error lands beside
 * the component named after the service's field ({@link FacesMessages#report(RuntimeException)}, decided in
 * {@link FieldComponents}), so renaming a form or an input in XHTML cannot silently move messages into nowhere. The
 * guard reads the sources (comments left out) and refuses a string literal shaped like a client id or a part of one
 * ({@code "apply-form:center"}, {@code ":name"}, {@code "brackets:"}), and a literal or constant handed to
 * {@code findComponent}, {@code addMessage} or {@code invokeOnComponent}.
 */
class ClientIdNamesTest {
    /** A string literal of Java source, its content in group 1 (escapes kept as written). */
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /**
     * Ids (lower case first, as every id of the pages) joined by the separator, or an id with the separator before
     * or after it to be joined to another; a code's prefix such as {@code REGION:} is no id.
     */
    private static final Pattern CLIENT_ID =
            Pattern.compile(":?[a-z][\\w-]*(?::[\\w-]+)*:?");
    /** A component lookup or message placement given a literal or a constant instead of what a field names. */
    private static final Pattern NAMED_LOOKUP =
            Pattern.compile("\\b(findComponent|addMessage|invokeOnComponent)\\(\\s*(\"|[A-Z][A-Z0-9_]*\\s*[,)+])");
    /** Literals with a colon that are no client ids: URI schemes and the spool's token prefix. */
    private static final Set<String> NOT_CLIENT_IDS = Set.of("about:blank", "sutiao-spool:");

    @Test
    void noWebSourceNamesAClientId() throws IOException {
        Path sources = Path.of("src/main/java").toAbsolutePath();
        assertTrue(Files.isDirectory(sources.resolve("org/sutiao/shared/web")), "run from the web module: " + sources);
        List<String> offenders = new ArrayList<>();
        int files = 0;
        try (Stream<Path> all = Files.walk(sources)) {
            for (Path p : all.filter(f -> f.toString().endsWith(".java")).toList()) {
                files++;
                offenders.addAll(offences(read(p)).stream().map(o -> sources.relativize(p) + ": " + o).toList());
            }
        }
        assertTrue(files > 100, "sources read: " + files);
        assertEquals(List.of(), offenders, "name the component after the service's field (id or serviceField in "
                + "XHTML) and report with FacesMessages.report(e) / fieldError(field, …)");
    }

    @Test
    void theGuardRecognisesAClientId() {
        assertEquals(1, offences("FacesMessages.report(e, Map.of(\"reason\", \"decline-form:reason\"));").size());
        assertEquals(1, offences("map.put(\"name\", FORM + \":name\");").size());
        assertEquals(1, offences("String row = \"publish-form:brackets:\" + i + \":\";").size());
        assertEquals(1, offences("ctx.getViewRoot().findComponent(\"materials\");").size());
        assertEquals(1, offences("ctx.addMessage(CENTER_FIELD, message);").size());
        assertEquals(1, offences("ctx.addMessage(\"refer-form:center\", message);").size(),
                "one offence per place, however many rules it breaks");
    }

    @Test
    void theGuardLeavesAloneWhatIsNoClientId() {
        assertEquals(List.of(), offences("FacesMessages.report(e);"));
        assertEquals(List.of(), offences("FacesMessages.fieldError(\"passwordAgain\", \"account.passwordsDiffer\");"));
        assertEquals(List.of(), offences("ctx.addMessage(null, message); ctx.addMessage(at.clientId(), message);"));
        assertEquals(List.of(), offences("String t = \"2026-12-01T10:00\" + \"a: b\" + \":\" + \"https://x\";"));
        assertEquals(List.of(), offences("json.add(\"type\", \"about:blank\");"));
        assertEquals(List.of(), offences("scope.startsWith(\"REGION:\")"));
        assertEquals(List.of(), offences("/** beside {@code \"apply-form:center\"} */ // \"form:x\"\nint a;"));
    }

    /** What in one source names a client id, one entry per line. */
    static List<String> offences(String source) {
        String code = withoutComments(source);
        List<String> out = new ArrayList<>();
        String[] lines = code.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            String why = null;
            Matcher lookup = NAMED_LOOKUP.matcher(line);
            if (lookup.find()) {
                why = lookup.group(1) + " given a name";
            }
            Matcher lit = LITERAL.matcher(line);
            while (why == null && lit.find()) {
                String s = lit.group(1);
                if (s.contains(":") && CLIENT_ID.matcher(s).matches() && !s.equals(":")
                        && !NOT_CLIENT_IDS.contains(s)) {
                    why = "literal \"" + s + "\"";
                }
            }
            if (why != null) {
                out.add("line " + (n + 1) + ": " + why);
            }
        }
        return out;
    }

    /** The source with comments blanked, line breaks kept (so line numbers hold); string literals left as they are. */
    static String withoutComments(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (end < s.length() && s.charAt(end) != '"' && s.charAt(end) != '\n') {
                    end += s.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, s.length());
                out.append(s, i, end);
                i = end;
            } else if (c == '\'' && i + 2 < s.length()) {
                int end = s.indexOf('\'', i + (s.charAt(i + 1) == '\\' ? 3 : 2));
                end = end < 0 ? i + 1 : end + 1;
                out.append(s, i, end);
                i = end;
            } else if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                s.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
