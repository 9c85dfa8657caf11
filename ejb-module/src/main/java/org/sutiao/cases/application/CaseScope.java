package org.sutiao.cases.application;

import org.sutiao.identity.application.Caller;
import org.sutiao.identity.domain.IdentityProof;

import java.util.Map;

/**
 * Which cases a caller may see, as a JPQL condition on the alias {@code c} (DESIGN.md §4; notice §2(1): case
 * information reaches no one without a role in the case), and how much of each.
 *
 * @param condition  JPQL boolean expression over {@code c}
 * @param parameters its named parameters
 * @param fullDetail true when the caller's role reads parties, facts and materials without a grant
 *                   ({@link CaseReadPolicy}); false for metadata only
 * @param deadlineCondition the same scope as a JPQL boolean expression over an open deadline {@code d} (its copies of
 *                   the case's scope keys, {@code Deadline}, V28) with the same parameters, or null when the scope
 *                   is not decided by those keys (parties, operators)
 * @param formerCondition for a center, the cases it was offered and declined or let lapse and that went elsewhere
 *                   or wait for the court's new referral, as a JPQL boolean expression over {@code c} with the same
 *                   parameters: read-only, {@link CaseReadPolicy.Visibility#OWN_OFFERS}, a separate list branch
 *                   served by the index on the center's offers (V37); null for every other role
 */
public record CaseScope(String condition, Map<String, Object> parameters, boolean fullDetail,
                        String deadlineCondition, String formerCondition) {
    private static final String COURT = "(select k.id from Court k where k.code = :scopeOrg)";
    private static final String CENTER = "(select k.id from MediationCenter k where k.code = :scopeOrg)";
    private static final String MEDIATOR = "(select m.id from Mediator m where m.code = :scopeRef)";
    /**
     * A center's declined or lapsed offers whose case is no longer its own to handle: it went to another center, or
     * it waits, declined, for the court's new referral (a center that declined is never offered the case again,
     * MediationCase.referAgain; a lapsed case offered to the same center again is its own again).
     */
    private static final String FORMER_CENTER = "(c.centerId <> " + CENTER
            + " or c.status = org.sutiao.cases.domain.CaseStatus.DECLINED)"
            + " and c.id in (select fo.mediationCase.id from CaseOffer fo where fo.center.id ="
            + " (select ko.id from MediationCenter ko where ko.code = :scopeOrg)"
            + " and fo.outcome in (" + CaseReadPolicy.FORMER_OFFER_OUTCOMES.stream()
            .map(o -> "org.sutiao.cases.domain.OfferOutcome." + o.name()).sorted()
            .collect(java.util.stream.Collectors.joining(", ")) + "))";
    /** The condition of the national scopes (HQ, supervisors): every case. */
    private static final String EVERY_CASE = "c.id is not null";

    /** A scope that cannot be read from an open deadline's scope keys. */
    public CaseScope(String condition, Map<String, Object> parameters, boolean fullDetail) {
        this(condition, parameters, fullDetail, null, null);
    }

    /** A scope without cases kept read-only after a decline ({@link #formerCondition()} null). */
    public CaseScope(String condition, Map<String, Object> parameters, boolean fullDetail, String deadlineCondition) {
        this(condition, parameters, fullDetail, deadlineCondition, null);
    }

    /**
     * The read-only scope of the cases a center declined or let lapse ({@link #formerCondition()}, metadata and its
     * own offers only), or null when the caller keeps no such cases.
     */
    public CaseScope former() {
        return formerCondition == null ? null : new CaseScope(formerCondition, parameters, false);
    }

    /** True when the scope holds every case (HQ and supervisors), so a reader need not check it per case. */
    public boolean everyCase() {
        return EVERY_CASE.equals(condition);
    }

    /**
     * The scope of a caller by role: own court (as referring court, or as the court a direct case's confirmation went
     * to), own center, own assignments, own confirmed party identity (as party or appointed agent; nothing before
     * the first-login confirmation; an identity only declared, not proven by the records, sees just the cases the
     * account applied for itself), or all metadata.
     */
    public static CaseScope of(Caller caller) {
        return switch (caller.role()) {
            // a referred case's court, or the court a direct application's confirmation went to (never both: a
            // referred case's confirmation goes to its referring court, MediationCase.addressConfirmationTo); one
            // expression that PostgreSQL serves by an index (V19)
            case COURT_CLERK, COURT_SYSTEM -> new CaseScope(
                    "coalesce(c.referringCourtId, c.confirmationCourtId) = " + COURT,
                    Map.of("scopeOrg", caller.orgCode()), true, "d.courtId = " + COURT);
            // its own cases in full; and read-only those it declined or let lapse, once gone elsewhere or while they
            // wait for the court (CaseReadPolicy.Visibility.OWN_OFFERS): a branch of its own over its offers (V37)
            case CENTER_ADMIN -> new CaseScope("c.centerId = " + CENTER, Map.of("scopeOrg", caller.orgCode()), true,
                    "d.centerId = " + CENTER, FORMER_CENTER);
            case MEDIATOR -> new CaseScope("c.mediatorId = " + MEDIATOR, Map.of("scopeRef", nz(caller.refId())), true,
                    "d.mediatorId = " + MEDIATOR);
            case PARTY -> party(caller);
            // national metadata (README: "all cases, metadata only"; DESIGN.md §4's "its court and the courts below"
            // is the SPC's demo supervisor's whole country; no court hierarchy is applied to case reads)
            case HQ_ADMIN, COURT_SUPERVISOR -> new CaseScope(EVERY_CASE, Map.of(),
                    CaseReadPolicy.visibility(caller.role(), false) == CaseReadPolicy.Visibility.FULL,
                    "d.id is not null");
            case OPERATOR -> new CaseScope("c.id is null", Map.of(), false);
        };
    }

    /**
     * A party by its proof: a court's records show every case of the identity; an application's contact the cases
     * recording the identity with that contact, and its own applications; a declaration its own applications only.
     */
    private static CaseScope party(Caller caller) {
        String identity = "(p.identityKey = :scopeRef or p.agentIdentityKey = :scopeRef)";
        if (caller.partyProof() == IdentityProof.RECORDS) {
            return new CaseScope("c.id in (select p.mediationCase.id from Party p where " + identity + ")",
                    Map.of("scopeRef", nz(caller.partyIdentity())), true);
        }
        String own = "(c.applicantUsername = :scopeUser and c.id in (select p.mediationCase.id from Party p where "
                + identity + "))";
        if (caller.partyProof() == IdentityProof.APPLICANT) {
            return new CaseScope("(" + own + " or c.id in (select q.mediationCase.id from Party q where"
                    + " (q.identityKey = :scopeRef and (q.email = :scopeContact or q.phone = :scopeContact))"
                    + " or (q.agentIdentityKey = :scopeRef and q.agentPhone = :scopeContact)))",
                    Map.of("scopeUser", caller.username(), "scopeRef", nz(caller.partyIdentity()),
                            "scopeContact", nz(caller.partyContact())), true);
        }
        return new CaseScope(own, Map.of("scopeUser", caller.username(), "scopeRef", nz(caller.partyIdentity())),
                true);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
