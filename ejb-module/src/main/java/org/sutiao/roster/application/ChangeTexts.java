package org.sutiao.roster.application;

import org.sutiao.roster.domain.ChangeNote;
import org.sutiao.roster.domain.MediatorChange;
import org.sutiao.roster.domain.RosterReportItem;
import org.sutiao.shared.application.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The one place a roster change is put into words (issue 12, plain words): the change history of a mediator, the
 * changes to report, a report item's changes, on pages and in the API. A {@link ChangeNote} is rendered from its
 * bundle key with enumerations by their label; a change stored before notes were kept shows its text as stored.
 * Lines of one change are separated by a line break.
 */
public final class ChangeTexts {
    private ChangeTexts() {
    }

    /** A change in {@code locale}: its note, or the stored text when it has none. */
    public static String of(Locale locale, MediatorChange change) {
        ChangeNote note = change.note();
        return note == null ? change.summary() : of(locale, note);
    }

    /** A report item's changes in {@code locale}, one line each; an old item's plain text as stored. */
    public static String of(Locale locale, RosterReportItem item) {
        return report(locale, item.changes());
    }

    /** A report item's stored change list ({@link ChangeNote#joinForReport}) in {@code locale}. */
    public static String report(Locale locale, String changes) {
        List<ChangeNote> notes = ChangeNote.splitReport(changes);
        if (notes == null) {
            return changes;
        }
        StringJoiner j = new StringJoiner("\n");
        notes.forEach(n -> j.add(of(locale, n)));
        return j.toString();
    }

    /** A note in {@code locale}; a profile edit as one line per changed field. */
    public static String of(Locale locale, ChangeNote note) {
        if (ChangeNote.PROFILE.equals(note.key())) {
            List<String> args = note.args();
            if (args.size() < 3) {
                return Messages.get(locale, ChangeNote.PROFILE);
            }
            StringJoiner j = new StringJoiner("\n");
            for (int i = 0; i + 2 < args.size(); i += 3) {
                j.add(Messages.get(locale, "rosterChange.field", arg(locale, args.get(i)), arg(locale, args.get(i + 1)),
                        arg(locale, args.get(i + 2))));
            }
            return j.toString();
        }
        List<Object> out = new ArrayList<>();
        note.args().forEach(a -> out.add(arg(locale, a)));
        return Messages.get(locale, note.key(), out.toArray());
    }

    private static String arg(Locale locale, String tagged) {
        if (tagged.isEmpty() || tagged.startsWith("n")) {
            return Messages.get(locale, "rosterChange.none");
        }
        if (tagged.startsWith("L" + ChangeNote.LANGUAGE)) {
            StringJoiner j = new StringJoiner(Messages.get(locale, "common.listSeparator"));
            for (String code : tagged.substring(1 + ChangeNote.LANGUAGE.length()).split(";")) {
                String label = Messages.get(locale, ChangeNote.LANGUAGE + code);
                j.add(label.equals(ChangeNote.LANGUAGE + code) ? code : label);
            }
            return j.toString();
        }
        String key = ChangeNote.labelKey(tagged);
        return key != null ? Messages.get(locale, key) : tagged.substring(1);
    }
}
