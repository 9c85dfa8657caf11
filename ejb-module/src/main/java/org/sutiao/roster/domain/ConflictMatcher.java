package org.sutiao.roster.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares a case's parties with what could make a mediator partial (在线调解规则 Art. 13; 特邀调解规定 Art. 15): the
 * mediator's declared relationships, and the people and companies the mediator met as party or agent in other cases.
 * Pure: no database, no clock.
 *
 * <p>Names are compared after normalisation: Unicode NFKC (full-width letters, digits and brackets become
 * half-width), all punctuation and spaces removed, Latin letters upper-cased, and {@code 有限责任公司} spelled as
 * {@code 有限公司} (the same legal form written two ways). Codes (unified social credit codes, ID numbers) are compared
 * after NFKC, without spaces and hyphens, upper-cased; a code match wins over a name match.
 */
public final class ConflictMatcher {
    private ConflictMatcher() {
    }

    /** Who or what is compared: a name and, where known, a credit code or ID number. */
    public record Subject(String name, String code) {
    }

    /**
     * Something the mediator is related to.
     *
     * @param source   where the link comes from: {@link Source#DECLARED} or {@link Source#PRIOR_CASE}
     * @param relation the declared relation, or the other case's number and the mediator's role in it
     */
    public record Link(Subject subject, Source source, String relation) {
    }

    /** Where a link comes from. */
    public enum Source {
        DECLARED, PRIOR_CASE, SELF
    }

    /** How a hit matched. */
    public enum MatchedBy {
        CODE, NAME
    }

    /**
     * One conflict found.
     *
     * @param partyName the case party concerned
     */
    public record Hit(String partyName, Link link, MatchedBy matchedBy) {
    }

    /**
     * Every pair of a party and a link that denote the same person or company.
     *
     * @param parties the case's parties (and their agents)
     * @param links   the mediator's declared relationships and prior-case counterparts
     * @return hits in the order of parties, then links; empty when there is no conflict
     */
    public static List<Hit> match(List<Subject> parties, List<Link> links) {
        List<Hit> hits = new ArrayList<>();
        for (Subject party : parties) {
            for (Link link : links) {
                MatchedBy by = same(party, link.subject());
                if (by != null) {
                    hits.add(new Hit(party.name(), link, by));
                }
            }
        }
        return hits;
    }

    /** CODE when both codes are known and equal, NAME when the normalised names are equal, else null. */
    public static MatchedBy same(Subject a, Subject b) {
        String ca = normalizeCode(a.code());
        String cb = normalizeCode(b.code());
        if (ca != null && ca.equals(cb)) {
            return MatchedBy.CODE;
        }
        String na = normalizeName(a.name());
        return na != null && na.equals(normalizeName(b.name())) ? MatchedBy.NAME : null;
    }

    /**
     * The comparable form of a person's or company's name: {@code 北京华信（中国）科技有限责任公司} and
     * {@code 北京华信(中国)科技 有限公司} both give {@code 北京华信中国科技有限公司}.
     *
     * @return null for a null or blank name
     */
    public static String normalizeName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC)
                .replaceAll("[\\p{P}\\p{S}\\p{Z}\\s]", "")
                .toUpperCase(Locale.ROOT)
                .replace("有限责任公司", "有限公司");
        return n.isEmpty() ? null : n;
    }

    /** The comparable form of a credit code or ID number; null for a null or blank one. */
    public static String normalizeCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = Normalizer.normalize(code, Normalizer.Form.NFKC).replaceAll("[\\s\\-]", "")
                .toUpperCase(Locale.ROOT);
        return c.isEmpty() ? null : c;
    }
}
