package org.sutiao.cases.application;

import org.sutiao.cases.domain.CostConduct;
import org.sutiao.cases.domain.CourtAction;
import org.sutiao.cases.domain.Disclosure;
import org.sutiao.cases.domain.Extension;
import org.sutiao.cases.domain.ExtensionStatus;
import org.sutiao.cases.domain.FailureReport;
import org.sutiao.cases.domain.MediationSession;
import org.sutiao.cases.domain.Party;
import org.sutiao.cases.domain.SessionMode;
import org.sutiao.cases.domain.Suspension;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The mediation workspace of a case as one caller may read it ({@link CaseReadPolicy}): disclosures with the parties'
 * answers, sessions, suspensions for appraisal, extensions with consents, and the failure report. At metadata
 * visibility every text written about the dispute is null — disclosure details, session places, participants and
 * minutes, suspension institutions and reasons, extension reasons, the report's four parts, parties' names — and only
 * dates, statuses, kinds and counts remain.
 *
 * @param full true when the texts are present
 */
public record WorkspaceView(boolean full, List<DisclosureView> disclosures, List<SuspensionView> suspensions,
                            List<ExtensionView> extensions, FailureReportView failureReport,
                            List<SessionView> sessions) {

    /** Maps the records at the given visibility. */
    static WorkspaceView of(boolean full, List<Disclosure> disclosures, List<Suspension> suspensions,
                            List<Extension> extensions, FailureReport report, List<MediationSession> sessions) {
        return new WorkspaceView(full, disclosures.stream().map(d -> disclosure(d, full)).toList(),
                suspensions.stream().map(s -> suspension(s, full)).toList(),
                extensions.stream().map(e -> extension(e, full)).toList(),
                report == null ? null : failureReport(report, full),
                sessions.stream().map(s -> new SessionView(s.id(), s.scheduledAt(), s.mode(),
                        full ? s.placeOrLink() : null, full ? s.participants() : null, full ? s.minutes() : null))
                        .toList());
    }

    /** A disclosure at the given visibility. */
    public static DisclosureView disclosure(Disclosure d, boolean full) {
        return new DisclosureView(d.id(), new MediatorRef(d.mediator().code(), d.mediator().name()), d.hasConflict(),
                full ? d.details() : null, d.declaredAt(), d.answers().stream()
                .map(a -> new AnswerView(party(a.party(), full), a.agree(), a.answeredAt())).toList(), d.cleared());
    }

    /** A suspension at the given visibility. */
    public static SuspensionView suspension(Suspension s, boolean full) {
        return new SuspensionView(s.id(), full ? s.institution() : null, full ? s.reason() : null, s.startDate(),
                s.endDate(), s.span().days());
    }

    /** An extension at the given visibility. */
    public static ExtensionView extension(Extension e, boolean full) {
        return new ExtensionView(e.id(), e.newDueDate(), full ? e.reason() : null, e.status(), e.proposedAt(),
                e.effectiveAt(), e.consents().stream().map(c -> new ConsentView(party(c.party(), full), c.written(),
                full ? c.materialId() : null, c.consentedAt())).toList());
    }

    /** A failure report at the given visibility. */
    public static FailureReportView failureReport(FailureReport r, boolean full) {
        return new FailureReportView(full ? r.basicSituation() : null, full ? r.failureReasons() : null,
                full ? List.copyOf(r.costIncreasingConduct()) : List.of(), r.costIncreasingConduct().size(),
                full ? r.notesForCourt() : null, r.submittedAt(), r.acknowledgedAt(), r.courtAction(),
                r.filedCaseNumber());
    }

    private static PartyRef party(Party p, boolean full) {
        return new PartyRef(p.id(), full ? p.name() : null);
    }

    /** A mediator named on a record (who mediates is metadata). */
    public record MediatorRef(String code, String name) {
    }

    /** A party named on a record; {@code name} null at metadata visibility. */
    public record PartyRef(Long id, String name) {
    }

    /** A conflict disclosure; {@code details} null at metadata visibility. */
    public record DisclosureView(Long id, MediatorRef mediator, boolean hasConflict, String details,
                                 Instant declaredAt, List<AnswerView> answers, boolean cleared) {
    }

    /** A party's answer to a disclosure. */
    public record AnswerView(PartyRef party, boolean agree, Instant answeredAt) {
    }

    /**
     * A suspension for appraisal; {@code endDate} null while it runs; {@code daysAdded} calendar days added to the
     * mediation period (E − S, notice §4(4)3).
     */
    public record SuspensionView(Long id, String institution, String reason, LocalDate startDate, LocalDate endDate,
                                 long daysAdded) {
        /** True while the appraisal runs. */
        public boolean isRunning() {
            return endDate == null;
        }
    }

    /** An extension with the consents given; {@code reason} null at metadata visibility. */
    public record ExtensionView(Long id, LocalDate newDueDate, String reason, ExtensionStatus status,
                                Instant proposedAt, Instant effectiveAt, List<ConsentView> consents) {
    }

    /** One party's consent to an extension; {@code materialId} (the written consent) null at metadata visibility. */
    public record ConsentView(PartyRef party, boolean written, Long materialId, Instant consentedAt) {
    }

    /**
     * The four-part failure report and the court's acknowledgement; the parts null (and the conduct list empty) at
     * metadata visibility, where {@code conductCount} still tells how many conducts were reported.
     */
    public record FailureReportView(String basicSituation, String failureReasons,
                                    List<CostConduct> costIncreasingConduct, int conductCount, String notesForCourt,
                                    Instant submittedAt, Instant acknowledgedAt, CourtAction courtAction,
                                    String filedCaseNumber) {
    }

    /** A session; place or link, participants and minutes null at metadata visibility. */
    public record SessionView(Long id, Instant scheduledAt, SessionMode mode, String placeOrLink,
                              String participants, String minutes) {
    }
}
