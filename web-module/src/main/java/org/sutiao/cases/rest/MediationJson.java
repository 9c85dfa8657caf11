package org.sutiao.cases.rest;

import org.sutiao.cases.application.WorkspaceView;
import org.sutiao.cases.domain.CostConduct;
import org.sutiao.shared.domain.PlainText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** JSON shapes of the mediation workspace: request bodies and the workspace of a case. */
public final class MediationJson {
    private MediationJson() {
    }

    /** {@code POST /cases/{id}/disclosure}. */
    public record DisclosureRequest(jakarta.json.JsonValue hasConflict, @PlainText(multiline = true) String details) {
    }

    /** {@code POST /cases/{id}/disclosure/consent}. */
    public record AgreeRequest(jakarta.json.JsonValue agree) {
    }

    /** {@code POST /cases/{id}/replacement-request} (party) and {@code /withdrawal}. */
    public record ReasonRequest(@PlainText(multiline = true) String reason) {
    }

    /** {@code POST /cases/{id}/mediator-replacement} (center). */
    public record ReplacementRequest(String mediatorCode, @PlainText(multiline = true) String reason,
                                     @PlainText(multiline = true) String conflictOverrideReason) {
    }

    /** {@code POST /cases/{id}/suspensions}. */
    public record SuspensionRequest(String institution, @PlainText(multiline = true) String reason, String startDate) {
    }

    /** {@code POST /cases/{id}/suspensions/{sid}/end}. */
    public record EndRequest(String endDate) {
    }

    /** {@code POST /cases/{id}/extensions}. */
    public record ExtensionRequest(String newDueDate, @PlainText(multiline = true) String reason) {
    }

    /** {@code POST /cases/{id}/extensions/{eid}/consent}: empty for a party; the mediator names the party and the document. */
    public record ConsentRequest(Long partyId, Long materialId) {
    }

    /** {@code POST /cases/{id}/failure}: the mediator ends mediation. */
    public record FailureRequest(String reasonCode, @PlainText(multiline = true) String reason) {
    }

    /** {@code POST /cases/{id}/failure-report}. */
    public record FailureReportRequest(@PlainText(multiline = true) String basicSituation,
                                       @PlainText(multiline = true) String failureReasons,
                                       List<ConductJson> costIncreasingConduct,
                                       @PlainText(multiline = true) String notesForCourt) {
    }

    /** One conduct that increased others' litigation costs. */
    public record ConductJson(Long partyId, @PlainText(multiline = true) String description) {
    }

    /** {@code POST /cases/{id}/failure-report/acknowledgement}. */
    public record AcknowledgementRequest(String action, String filedCaseNumber) {
    }

    /**
     * The workspace of a case at the caller's visibility ({@code full} false: HQ and supervisors without a grant get
     * dates, statuses and counts; every text written about the dispute is null).
     */
    public record WorkspaceJson(boolean full, List<DisclosureJson> disclosures, List<SuspensionJson> suspensions,
                                List<ExtensionJson> extensions, FailureReportJson failureReport,
                                List<SessionJson> sessions) {
        static WorkspaceJson of(WorkspaceView w) {
            return new WorkspaceJson(w.full(), w.disclosures().stream().map(DisclosureJson::of).toList(),
                    w.suspensions().stream().map(SuspensionJson::of).toList(),
                    w.extensions().stream().map(ExtensionJson::of).toList(),
                    w.failureReport() == null ? null : FailureReportJson.of(w.failureReport()),
                    w.sessions().stream().map(s -> new SessionJson(s.id(), s.scheduledAt(), s.mode().name(),
                            s.placeOrLink(), s.participants(), s.minutes())).toList());
        }
    }

    /** A session. */
    public record SessionJson(Long id, Instant scheduledAt, String mode, String placeOrLink, String participants,
                              String minutes) {
    }

    /** {@code POST /cases/{id}/sessions}: {@code scheduledAt} ISO-8601 with offset. */
    public record SessionRequest(String scheduledAt, String mode, String placeOrLink,
                                 @PlainText(multiline = true) String participants) {
    }

    /** {@code PUT /cases/{id}/sessions/{sid}/minutes}. */
    public record MinutesRequest(@PlainText(multiline = true) String minutes) {
    }

    /** A disclosure with the parties' answers. */
    public record DisclosureJson(Long id, String mediatorCode, boolean hasConflict, String details, Instant declaredAt,
                                 List<AnswerJson> answers, boolean cleared) {
        static DisclosureJson of(WorkspaceView.DisclosureView d) {
            return new DisclosureJson(d.id(), d.mediator().code(), d.hasConflict(), d.details(), d.declaredAt(),
                    d.answers().stream().map(a -> new AnswerJson(a.party().id(), a.agree(), a.answeredAt())).toList(),
                    d.cleared());
        }
    }

    /** A party's answer. */
    public record AnswerJson(Long partyId, boolean agree, Instant answeredAt) {
    }

    /** A suspension; {@code endDate} null while it runs. */
    public record SuspensionJson(Long id, String institution, String reason, LocalDate startDate, LocalDate endDate,
                                 long daysAdded) {
        static SuspensionJson of(WorkspaceView.SuspensionView s) {
            return new SuspensionJson(s.id(), s.institution(), s.reason(), s.startDate(), s.endDate(), s.daysAdded());
        }
    }

    /** An extension with the consents given. */
    public record ExtensionJson(Long id, LocalDate newDueDate, String reason, String status, Instant proposedAt,
                                Instant effectiveAt, List<ConsentJson> consents) {
        static ExtensionJson of(WorkspaceView.ExtensionView e) {
            return new ExtensionJson(e.id(), e.newDueDate(), e.reason(), e.status().name(), e.proposedAt(),
                    e.effectiveAt(), e.consents().stream().map(c -> new ConsentJson(c.party().id(), c.written(),
                    c.materialId(), c.consentedAt())).toList());
        }
    }

    /** One consent. */
    public record ConsentJson(Long partyId, boolean written, Long materialId, Instant consentedAt) {
    }

    /** The failure report and the court's acknowledgement; {@code conductCount} also at metadata visibility. */
    public record FailureReportJson(String basicSituation, String failureReasons,
                                    List<ConductJson> costIncreasingConduct, int conductCount, String notesForCourt,
                                    Instant submittedAt, Instant acknowledgedAt, String courtAction,
                                    String filedCaseNumber) {
        static FailureReportJson of(WorkspaceView.FailureReportView r) {
            return new FailureReportJson(r.basicSituation(), r.failureReasons(), r.costIncreasingConduct().stream()
                    .map(c -> new ConductJson(c.partyId(), c.description())).toList(), r.conductCount(),
                    r.notesForCourt(), r.submittedAt(), r.acknowledgedAt(),
                    r.courtAction() == null ? null : r.courtAction().name(), r.filedCaseNumber());
        }
    }

    /** The conduct list as the domain takes it (null stays null: "missing" is a validation error). */
    static List<CostConduct> conduct(List<ConductJson> in) {
        return in == null ? null : in.stream().map(c -> c == null ? null : new CostConduct(c.partyId(),
                c.description())).toList();
    }
}
