package org.sutiao.shared.web;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows a timeline entry's detail in the reader's language. The detail is stored as written when the event happened
 * (names, numbers, dates, codes); its few fixed phrases and the codes of known enumerations ({@code FULL},
 * {@code VALID}, {@code PARTY_REFUSED}, ...) are replaced by their labels in the bundle; an instant written in UTC
 * ({@code 2026-12-20T16:30:00Z}) is shown in Beijing time with its offset ({@code 2026-12-21 00:30 +08:00});
 * everything else stays.
 */
public final class EventDetails {
    /** Bundle prefixes of the enumerations whose codes appear in details, in the order they are tried. */
    private static final List<String> ENUM_PREFIXES = List.of("failureReason", "declineReason", "courtAction",
            "scope", "ruling", "sessionMode");
    /** Fixed phrases of details and the bundle keys of their labels, tried in this order. */
    private static final Map<String, String> PHRASES = new LinkedHashMap<>();
    private static final Pattern REVISION = Pattern.compile("rev\\. (\\d+)");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z_]{2,}\\b");
    /** An ISO-8601 instant or offset date-time as {@code Instant.toString()} wrote it into older details. */
    private static final Pattern INSTANT = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:\\d{2})");

    static {
        PHRASES.put(" · signing restarted", "eventDetail.signingRestarted");
        PHRASES.put("conflict override: ", "eventDetail.conflictOverride");
        PHRASES.put("no conflict", "eventDetail.noConflict");
        PHRASES.put("conflict: ", "eventDetail.conflict");
        PHRASES.put(": agrees", "eventDetail.agrees");
        PHRASES.put(": refuses", "eventDetail.refuses");
        PHRASES.put(" (written)", "eventDetail.written");
        PHRASES.put(" · all performed", "eventDetail.allPerformed");
        PHRASES.put(" in effect", "eventDetail.inEffect");
    }

    private EventDetails() {
    }

    /**
     * @param detail the stored detail, may be null
     * @param labels the bundle: key → text, or null when the key does not exist
     * @return the detail with its phrases and codes in the bundle's language; null for null
     */
    public static String localize(String detail, Function<String, String> labels) {
        if (detail == null) {
            return null;
        }
        String s = INSTANT.matcher(detail).replaceAll(m -> Matcher.quoteReplacement(
                Formats.beijing(OffsetDateTime.parse(m.group()).toInstant())));
        for (Map.Entry<String, String> p : PHRASES.entrySet()) {
            String label = labels.apply(p.getValue());
            if (label != null) {
                s = s.replace(p.getKey(), label);
            }
        }
        String revision = labels.apply("eventDetail.revision");
        if (revision != null) {
            s = REVISION.matcher(s).replaceAll(m -> Matcher.quoteReplacement(revision.replace("{0}", m.group(1))));
        }
        return CODE.matcher(s).replaceAll(m -> {
            for (String prefix : ENUM_PREFIXES) {
                String label = labels.apply(prefix + "." + m.group());
                if (label != null) {
                    return Matcher.quoteReplacement(label);
                }
            }
            return Matcher.quoteReplacement(m.group());
        });
    }
}
