package org.sutiao.evaluation.application;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.agreements.domain.AgreementStatus;
import org.sutiao.cases.domain.AgreementScope;
import org.sutiao.cases.domain.CaseOutcome;
import org.sutiao.cases.domain.CaseSource;
import org.sutiao.cases.domain.CaseStatus;
import org.sutiao.cases.domain.DeclineReasonCode;
import org.sutiao.cases.domain.FailureReason;
import org.sutiao.cases.domain.OfferOutcome;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.evaluation.domain.CaseSnapshot;
import org.sutiao.shared.domain.BusinessTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@link CaseSnapshot}s of a batch of cases with one projection per table (no entity graphs): the case,
 * its offers, suspensions, judicial confirmation, mediation document, the obligations of its agreement in effect and
 * its satisfaction ratings. Instants become Beijing dates here.
 */
@Dependent
public class CaseSnapshots {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;

    /** The snapshots of the existing cases among {@code ids} (at most a few hundred per call). */
    public List<CaseSnapshot> of(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<CaseSnapshot.Offer>> offers = new HashMap<>();
        for (Object[] r : rows("select o.mediationCase.id, o.seq, o.center.id, o.offeredAt, o.acceptanceDueDate,"
                + " o.outcome, o.decidedAt, o.declineCode from CaseOffer o where o.mediationCase.id in :ids"
                + " order by o.mediationCase.id, o.seq", ids)) {
            offers.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new CaseSnapshot.Offer((Integer) r[1],
                    (Long) r[2], day(r[3]), (LocalDate) r[4], (OfferOutcome) r[5], day(r[6]), (DeclineReasonCode) r[7]));
        }
        Map<Long, List<CaseSnapshot.Span>> suspensions = new HashMap<>();
        for (Object[] r : rows("select s.mediationCase.id, s.startDate, s.endDate from Suspension s"
                + " where s.mediationCase.id in :ids", ids)) {
            suspensions.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                    .add(new CaseSnapshot.Span((LocalDate) r[1], (LocalDate) r[2]));
        }
        Map<Long, Object[]> confirmations = new HashMap<>();
        for (Object[] r : rows("select j.mediationCase.id, j.requestedAt, j.ruling, j.ruledAt from JudicialConfirmation j"
                + " where j.mediationCase.id in :ids", ids)) {
            confirmations.put((Long) r[0], r);
        }
        Map<Long, LocalDate> documents = new HashMap<>();
        for (Object[] r : rows("select d.mediationCase.id, d.issuedAt from MediationDocument d"
                + " where d.mediationCase.id in :ids and d.issuedAt is not null", ids)) {
            documents.put((Long) r[0], day(r[1]));
        }
        Map<Long, List<CaseSnapshot.ObligationDates>> obligations = new HashMap<>();
        for (Object[] r : em.createQuery("select a.mediationCase.id, o.dueDate, o.performedOn from Agreement a"
                        + " join a.obligations o where a.status = :effective and a.mediationCase.id in :ids", Object[].class)
                .setParameter("effective", AgreementStatus.EFFECTIVE).setParameter("ids", ids).getResultList()) {
            obligations.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                    .add(new CaseSnapshot.ObligationDates((LocalDate) r[1], (LocalDate) r[2]));
        }
        Map<Long, List<CaseSnapshot.Rating>> ratings = new HashMap<>();
        for (Object[] r : rows("select s.caseId, s.ratedAt, s.score from SatisfactionRating s where s.caseId in :ids",
                ids)) {
            ratings.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                    .add(new CaseSnapshot.Rating(day(r[1]), (Integer) r[2]));
        }
        Map<Long, LocalDate> reportDue = new HashMap<>();
        for (Object[] r : rows("select d.mediationCase.id, d.dueDate from Deadline d where d.kind ="
                + " org.sutiao.cases.domain.DeadlineKind.FAILURE_REPORT and d.mediationCase.id in :ids", ids)) {
            reportDue.merge((Long) r[0], (LocalDate) r[1], (a, b) -> a.isAfter(b) ? a : b);
        }
        Map<Long, LocalDate> reportSubmitted = new HashMap<>();
        for (Object[] r : rows("select f.mediationCase.id, f.submittedAt from FailureReport f"
                + " where f.mediationCase.id in :ids", ids)) {
            reportSubmitted.put((Long) r[0], day(r[1]));
        }
        List<CaseSnapshot> out = new ArrayList<>();
        for (Object[] r : rows("select c.id, c.source, c.referralKind, c.centerId, c.mediatorId, c.acceptedAt,"
                + " c.endedAt, c.status, c.settledScope, c.failureReasonCode, c.referringCourtId,"
                + " c.confirmationCourtId from MediationCase c where c.id in :ids order by c.id", ids)) {
            Long id = (Long) r[0];
            Object[] jc = confirmations.get(id);
            CaseOutcome outcome = CaseOutcome.of((CaseStatus) r[7], (AgreementScope) r[8], (FailureReason) r[9]);
            out.add(new CaseSnapshot(id, (CaseSource) r[1], (ReferralKind) r[2], (Long) r[3], (Long) r[4], day(r[5]),
                    day(r[6]), outcome, offers.getOrDefault(id, List.of()), suspensions.getOrDefault(id, List.of()),
                    jc == null ? null : day(jc[1]), jc == null || jc[2] == null ? null : jc[2].toString(),
                    jc == null ? null : day(jc[3]), documents.get(id), obligations.getOrDefault(id, List.of()),
                    ratings.getOrDefault(id, List.of()), r[10] != null ? (Long) r[10] : (Long) r[11],
                    outcome == CaseOutcome.FAILED ? (FailureReason) r[9] : null, reportDue.get(id),
                    reportSubmitted.get(id)));
        }
        return out;
    }

    private List<Object[]> rows(String jpql, Collection<Long> ids) {
        return em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList();
    }

    private static LocalDate day(Object instant) {
        return instant == null ? null : BusinessTime.dateOf((Instant) instant);
    }
}
