package org.sutiao.evaluation.domain;

import org.sutiao.identity.domain.Role;
import org.sutiao.shared.domain.InvalidInputException;

/**
 * The scope of a quality analysis report (issue 11 §3): {@code NATIONAL}, {@code REGION:<province>} (the region code
 * is the province as the directory spells it, as in {@code GET /api/v1/evaluation/centers?region=}) or
 * {@code CENTER:<center code>}. Value equality on kind and code.
 *
 * @param code the province or center code; null for NATIONAL
 */
public record ReportScope(Kind kind, String code) {
    /** The three kinds of scope. */
    public enum Kind {
        NATIONAL, REGION, CENTER
    }

    /** Everyone. */
    public static final ReportScope NATIONAL = new ReportScope(Kind.NATIONAL, null);

    /**
     * Parses the wire form.
     *
     * @throws InvalidInputException on {@code scope} ({@code report.scope}) when missing or malformed
     */
    public static ReportScope parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.equals("NATIONAL")) {
            return NATIONAL;
        }
        int colon = s.indexOf(':');
        String code = colon < 0 ? "" : s.substring(colon + 1).strip();
        if (colon > 0 && !code.isEmpty() && code.length() <= 50) {
            switch (s.substring(0, colon)) {
                case "REGION":
                    return new ReportScope(Kind.REGION, code);
                case "CENTER":
                    return new ReportScope(Kind.CENTER, code);
                default:
                    break;
            }
        }
        throw new InvalidInputException("scope", "report.scope");
    }

    /**
     * Whether a reader outside HQ sees the published reports of this scope: NATIONAL everyone of the roles given; a
     * REGION the centers and courts of that province; a CENTER that center's admins only. HQ reads every report and is
     * not asked here; mediators and parties read none.
     *
     * @param role      the reader's role
     * @param orgCode   the reader's center (center admin) or court (court roles)
     * @param orgRegion the province of that center or court, or null when unknown
     */
    public boolean covers(Role role, String orgCode, String orgRegion) {
        boolean center = role == Role.CENTER_ADMIN;
        boolean court = role == Role.COURT_CLERK || role == Role.COURT_SUPERVISOR;
        if (!center && !court || orgCode == null) {
            return false;
        }
        return switch (kind) {
            case NATIONAL -> true;
            case REGION -> code.equals(orgRegion);
            case CENTER -> center && code.equals(orgCode);
        };
    }

    @Override
    public String toString() {
        return kind == Kind.NATIONAL ? "NATIONAL" : kind + ":" + code;
    }
}
