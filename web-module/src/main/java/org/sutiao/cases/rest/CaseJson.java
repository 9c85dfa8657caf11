package org.sutiao.cases.rest;

import org.sutiao.cases.application.CaseDetail;
import org.sutiao.cases.application.CaseSummary;
import org.sutiao.shared.domain.BusinessTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A case on the wire (DESIGN.md §5). Instants are ISO-8601 with the Beijing offset; {@code acceptanceDueAt} is the
 * last second of the acceptance period (the period ends 24:00 Beijing time of {@code acceptanceDueDate}). ID
 * numbers are masked. {@code timeline} only in the detail; {@code parties}, {@code facts} and {@code materials}
 * only for callers with full detail. {@code acceptanceLapsed}: pending and the acceptance period has ended (the center
 * can no longer accept; the court may refer again); {@code …Provisional}: the date was computed without the holiday
 * notice of its year. In the detail, {@code fullDetail} tells whether the caller reads the case in full (false for HQ
 * and supervisors: metadata only), {@code fullAccessUntil} when a break-glass grant of the caller ends and
 * {@code actions} what the caller may do now; {@code visibility} FULL, METADATA or OWN_OFFERS (a center that declined
 * the case or let it lapse: metadata, its own offers with its decision, the timeline up to it, no actions). {@code outcome}: SETTLED_FULL, SETTLED_PARTIAL, FAILED, WITHDRAWN,
 * CONSENT_REFUSED or DECLINED, null while open (issue 11 §2).
 */
public record CaseJson(Long id, long version, String caseNumber, String source, String kind, String courtCaseNumber,
                       String courtCode, String centerCode, String centerName, String causeOfAction,
                       String disputeType, MoneyJson claimAmount, String status, OffsetDateTime pushedAt,
                       OffsetDateTime acceptanceDueAt, LocalDate acceptanceDueDate, Boolean acceptanceDueProvisional,
                       Boolean acceptanceOverdue, Integer workingDaysLeft, String mediatorCode,
                       LocalDate mediationDueDate, LocalDate consentDueDate, String facts, List<PartyJson> parties, List<ClaimJson> claims,
                       List<MaterialJson> materials, List<OfferJson> offers, List<EventJson> timeline,
                       Boolean acceptanceLapsed, Boolean mediationDueDateProvisional,
                       Boolean consentDueDateProvisional, Boolean fullDetail, OffsetDateTime fullAccessUntil,
                       String outcome, List<ActionJson> actions, String visibility) {

    /**
     * An action the caller may take now (detail only; {@code CaseActions} decides): {@code code} a
     * {@link org.sutiao.cases.domain.CaseAction} name, {@code label} in the request's language, {@code dueDate} the
     * last day to take it ({@code null}, written out, when it has no deadline).
     */
    @jakarta.json.bind.annotation.JsonbNillable
    public record ActionJson(String code, String label, LocalDate dueDate) {
    }

    /**
     * A party; {@code account} is CONFIRMED, INVITED or NONE; {@code consentAgreed} a respondent's answer to a direct
     * application (null until answered).
     */
    public record PartyJson(Long id, int seq, String role, String type, String name, String creditCode,
                            String idNumber, String account, Boolean consentAgreed) {
    }

    public record ClaimJson(int seq, String text, MoneyJson amount) {
    }

    public record MaterialJson(Long id, String fileName, String contentType, long size, String sha256) {
    }

    public record OfferJson(int seq, String centerCode, OffsetDateTime offeredAt, LocalDate acceptanceDueDate,
                            String outcome, String declineReasonCode, String declineReason) {
    }

    public record EventJson(OffsetDateTime at, String type, String actor, String detail) {
    }

    static CaseJson summary(CaseSummary s) {
        return of(s, null, null);
    }

    /** The detail, with the labels of its actions in {@code locale}. */
    static CaseJson detail(CaseDetail d, java.util.Locale locale) {
        return of(d.summary(), d, locale);
    }

    private static CaseJson of(CaseSummary s, CaseDetail d, java.util.Locale locale) {
        boolean full = d != null && d.fullDetail();
        return new CaseJson(s.id(), s.version(), s.caseNumber(), s.source().name(),
                s.referralKind() == null ? null : s.referralKind().name(), s.courtCaseNumber(), s.courtCode(),
                s.centerCode(), s.centerName(), s.causeOfAction(), s.disputeType(), MoneyJson.of(s.claimAmount()),
                s.status().name(), time(s.pushedAt()),
                s.acceptanceDueDate() == null ? null : time(BusinessTime.endOf(s.acceptanceDueDate()).minusSeconds(1)),
                s.acceptanceDueDate(), s.acceptanceDueProvisional(), s.acceptanceOverdue(), s.workingDaysLeft(),
                s.mediatorCode(), s.mediationDueDate(), s.consentDueDate(), full ? d.facts() : null,
                full ? d.parties().stream().map(p -> new PartyJson(p.id(), p.seq(), p.role().name(), p.type().name(),
                        p.name(), p.creditCode(), p.idNumber(), p.accountState(), p.consentAgreed())).toList() : null,
                d == null ? null : d.claims().stream().map(c -> new ClaimJson(c.seq(), c.text(),
                        MoneyJson.of(c.amount()))).toList(),
                full ? d.materials().stream().map(m -> new MaterialJson(m.id(), m.fileName(), m.contentType(),
                        m.size(), m.sha256())).toList() : null,
                d == null ? null : d.offers().stream().map(o -> new OfferJson(o.seq(), o.centerCode(),
                        time(o.offeredAt()), o.acceptanceDueDate(), o.outcome().name(),
                        o.declineCode() == null ? null : o.declineCode().name(), o.declineReason())).toList(),
                d == null ? null : d.timeline().stream().map(e -> new EventJson(time(e.at()), e.type().name(),
                        e.actorName(), e.detail())).toList(),
                s.acceptanceLapsed(), s.mediationDueProvisional(), s.consentDueProvisional(),
                d == null ? null : d.fullDetail(), d == null ? null : time(d.fullAccessUntil()),
                s.outcome() == null ? null : s.outcome().name(),
                d == null ? null : d.actions().stream().map(a -> new ActionJson(a.action().name(),
                        org.sutiao.shared.application.Messages.get(locale, a.action().labelKey()), a.dueDate()))
                        .toList(),
                d == null ? null : d.visibility().name());
    }

    static OffsetDateTime time(Instant i) {
        return i == null ? null : i.atZone(BusinessTime.ZONE).toOffsetDateTime();
    }
}
