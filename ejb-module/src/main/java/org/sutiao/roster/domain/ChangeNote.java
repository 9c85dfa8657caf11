package org.sutiao.roster.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a roster change says, as a message key with arguments (issue 12, plain words): enumeration arguments are kept
 * by their bundle key ({@code employment.PART_TIME}) and shown by label when read, never as a code; free text (names,
 * reasons) as entered. {@code ChangeTexts} (roster application) renders it in a language.
 *
 * <p>Stored in {@code mediator_change.message_key}/{@code message_args} (arguments joined by U+001F, each tagged:
 * {@code t} text, {@code k} bundle key, {@code L} a bundle prefix and ';'-joined codes, {@code n} none) and, for a report item, as a list of notes
 * ({@link #joinForReport}).
 *
 * @param key  the bundle key of the line ({@code rosterChange.*})
 * @param args the tagged arguments
 */
public record ChangeNote(String key, List<String> args) {
    /** Separates the arguments of a note. */
    public static final char ARG = '\u001F';
    /** Starts every note of a report item's change list (an old item, plain text, starts with none). */
    public static final char NOTE = '\u001E';
    /** The key of a profile edit: its arguments are (field label, before, after) triples. */
    public static final String PROFILE = "rosterChange.profile";
    /** The key of a pre-key change kept as plain text, in a report item's list. */
    public static final String PLAIN = "rosterChange.plain";

    /** The bundle prefix of each enumeration a change may name (every constant has a label there). */
    public static final Map<Class<? extends Enum<?>>, String> LABELS = Map.of(
            Employment.class, "employment.", CertLevel.class, "certLevel.", MediatorStatus.class, "mediatorStatus.",
            ExitReason.class, "exitReason.", AssessmentGrade.class, "grade.", MeritKind.class, "merit.");

    public ChangeNote {
        args = List.copyOf(args);
    }

    /**
     * A note with its arguments: enumerations by their label key, null as none, numbers in plain notation, everything
     * else as its text.
     *
     * @throws IllegalArgumentException for an enumeration without labels in {@link #LABELS}
     */
    public static ChangeNote of(String key, Object... args) {
        List<String> out = new ArrayList<>();
        for (Object a : args) {
            out.add(arg(a));
        }
        return new ChangeNote(key, out);
    }

    /** A profile edit: one (field, before, after) per changed field; the field's label is {@code rosterField.<field>}. */
    public static ChangeNote profile(List<FieldChange> changes) {
        List<String> out = new ArrayList<>();
        for (FieldChange c : changes) {
            out.add("k" + "rosterField." + c.field());
            boolean languages = "languages".equals(c.field());
            out.add(languages && c.before() != null ? "L" + LANGUAGE + c.before() : arg(c.before()));
            out.add(languages && c.after() != null ? "L" + LANGUAGE + c.after() : arg(c.after()));
        }
        return new ChangeNote(PROFILE, out);
    }

    /** A field whose value an edit changed (values as the domain holds them, null when empty). */
    public record FieldChange(String field, Object before, Object after) {
    }

    /** The bundle prefix of a language code ({@code language.zh}); a mediator's languages are codes joined by ';'. */
    public static final String LANGUAGE = "language.";

    /** The bundle key of a label argument ({@code k…}), or null for text or none. */
    public static String labelKey(String arg) {
        return arg.startsWith("k") ? arg.substring(1) : null;
    }

    /** The arguments as stored in {@code message_args}. */
    public String joinedArgs() {
        StringBuilder b = new StringBuilder();
        for (String a : args) {
            if (!b.isEmpty()) {
                b.append(ARG);
            }
            b.append(a.replace(ARG, ' ').replace(NOTE, ' '));
        }
        return b.toString();
    }

    /** The note of a stored change; null for a change stored as plain text only (before the key was kept). */
    public static ChangeNote stored(String key, String joinedArgs) {
        if (key == null) {
            return null;
        }
        return new ChangeNote(key, joinedArgs == null || joinedArgs.isEmpty() ? List.of()
                : List.of(joinedArgs.split(String.valueOf(ARG), -1)));
    }

    /**
     * A report item's change list: every note in order, a plain one for a change without key; notes that would pass
     * {@code max} characters are left off and a last plain "…" says so.
     */
    public static String joinForReport(List<MediatorChange> changes, int max) {
        String more = NOTE + PLAIN + ARG + "t…";
        StringBuilder b = new StringBuilder();
        for (MediatorChange c : changes) {
            ChangeNote n = c.note();
            String entry = NOTE + (n == null ? PLAIN + ARG + "t" + c.summary().replace(ARG, ' ').replace(NOTE, ' ')
                    : n.key() + (n.args().isEmpty() ? "" : ARG + n.joinedArgs()));
            if (b.length() + entry.length() + more.length() > max) {
                b.append(more);
                break;
            }
            b.append(entry);
        }
        return b.toString();
    }

    /** The notes of a report item's change list; null when it is an old item's plain text. */
    public static List<ChangeNote> splitReport(String changes) {
        if (changes == null || changes.isEmpty() || changes.charAt(0) != NOTE) {
            return null;
        }
        List<ChangeNote> out = new ArrayList<>();
        for (String entry : changes.substring(1).split(String.valueOf(NOTE), -1)) {
            int at = entry.indexOf(ARG);
            out.add(at < 0 ? stored(entry, null) : stored(entry.substring(0, at), entry.substring(at + 1)));
        }
        return out;
    }

    private static String arg(Object a) {
        if (a == null) {
            return "n";
        }
        if (a instanceof Enum<?> e) {
            String prefix = LABELS.get(e.getDeclaringClass());
            if (prefix == null) {
                throw new IllegalArgumentException("no labels for " + e.getDeclaringClass().getName());
            }
            return "k" + prefix + e.name();
        }
        if (a instanceof BigDecimal d) {
            return "t" + d.toPlainString();
        }
        return "t" + a;
    }
}
