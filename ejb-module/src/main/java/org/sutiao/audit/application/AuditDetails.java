package org.sutiao.audit.application;

import org.sutiao.shared.application.Messages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place an audit entry's detail is put into words for a reader (issue 12, plain words): in
 * {@code name=VALUE} pairs, an enumeration code is shown by its label ({@code role=COURT_CLERK} → {@code role=法院书记员},
 * {@code code=CONFLICT_OF_INTEREST} → {@code code=存在利益冲突}). The labels are the bundles' {@code prefix.CODE} keys:
 * the prefixes the field's name points to are tried first; otherwise a code is labelled when exactly one
 * enumeration of the bundles has it ({@code OTHER} is in several and stays as stored). The stored detail is never
 * changed (it is hash-chained); unknown codes stay as stored.
 */
public final class AuditDetails {
    /** Bundle prefixes by field name (the audited methods' parameter and summary names), tried in order. */
    private static final Map<String, List<String>> PREFIXES = Map.ofEntries(
            Map.entry("role", List.of("role.")), Map.entry("employment", List.of("employment.")),
            Map.entry("grade", List.of("grade.", "evaluationGrade.")),
            Map.entry("kind", List.of("merit.", "referralKind.", "warningKind.", "venueKind.", "centerKind.")),
            Map.entry("reason", List.of("exitReason.", "failureReason.", "declineReason.")),
            Map.entry("code", List.of("declineReason.")), Map.entry("certLevel", List.of("certLevel.")),
            Map.entry("status", List.of("caseStatus.", "mediatorStatus.", "centerStatus.", "confirmationStatus.",
                    "documentStatus.", "accountState.", "reportStatus.", "paymentStatus.")),
            Map.entry("scope", List.of("scope.")), Map.entry("mode", List.of("sessionMode.")),
            Map.entry("ruling", List.of("ruling.")), Map.entry("outcome", List.of("caseOutcome.", "offerOutcome.")));
    /** Keys of actions, events and pages, which are not values of a field. */
    private static final Set<String> NOT_VALUES = Set.of("auditAction.", "caseAction.", "inboxAction.", "eventType.",
            "weekday.");
    private static final Pattern PAIR = Pattern.compile("\\b([A-Za-z]+)=([A-Z][A-Z0-9_]*[A-Z0-9])\\b");
    private static final Pattern ENUM_KEY = Pattern.compile("(.+\\.)([A-Z][A-Z0-9_]*)");
    /** Code → the bundle prefixes that label it (from the Chinese bundle; BundleKeysTest keeps both the same). */
    private static volatile Map<String, List<String>> prefixesByCode;

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
            for (String prefix : PREFIXES.getOrDefault(m.group(1), List.of())) {
                String l = Messages.get(locale, prefix + code);
                if (!l.equals(prefix + code)) {
                    label = l;
                    break;
                }
            }
            if (label == null) {
                List<String> candidates = prefixesByCode().getOrDefault(code, List.of());
                if (candidates.size() == 1) {
                    label = Messages.get(locale, candidates.get(0) + code);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "=" + (label == null ? code : label)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, List<String>> prefixesByCode() {
        Map<String, List<String>> map = prefixesByCode;
        if (map == null) {
            Map<String, List<String>> built = new HashMap<>();
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.CHINESE,
                    AuditDetails.class.getClassLoader());
            for (String key : bundle.keySet()) {
                Matcher k = ENUM_KEY.matcher(key);
                if (k.matches() && NOT_VALUES.stream().noneMatch(key::startsWith)) {
                    built.computeIfAbsent(k.group(2), c -> new ArrayList<>()).add(k.group(1));
                }
            }
            map = Map.copyOf(built);
            prefixesByCode = map;
        }
        return map;
    }
}
