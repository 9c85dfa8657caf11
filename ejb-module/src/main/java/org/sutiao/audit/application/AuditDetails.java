package org.sutiao.audit.application;

import org.sutiao.shared.application.Messages;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place an audit entry's detail is put into words for a reader (issue 12, plain words): in
 * {@code name=VALUE} pairs, an enumeration code is shown by its label ({@code role=COURT_CLERK} → {@code role=法院书记员}).
 * The stored detail is never changed (it is hash-chained); unknown codes stay as stored.
 */
public final class AuditDetails {
    /** Fields whose values are constants of a known enumeration, by bundle prefix; other fields are tried generally. */
    private static final Map<String, String> PREFIXES = Map.of("role", "role.", "employment", "employment.",
            "grade", "grade.", "kind", "merit.", "reason", "exitReason.", "certLevel", "certLevel.");
    private static final Pattern PAIR = Pattern.compile("\\b([A-Za-z]+)=([A-Z][A-Z0-9_]*[A-Z0-9])\\b");

    private AuditDetails() {
    }

    /** The detail in {@code locale}: enumeration codes of {@code name=VALUE} pairs by label; null stays null. */
    public static String readable(Locale locale, String detail) {
        if (detail == null) {
            return null;
        }
        Matcher m = PAIR.matcher(detail);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String code = m.group(2);
            String label = null;
            String prefix = PREFIXES.get(m.group(1));
            if (prefix != null) {
                String l = Messages.get(locale, prefix + code);
                label = l.equals(prefix + code) ? null : l;
            }
            if (label == null) {
                Object l = Messages.labelled(locale, new Object[]{code})[0];
                label = code.equals(l) ? null : String.valueOf(l);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "=" + (label == null ? code : label)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
