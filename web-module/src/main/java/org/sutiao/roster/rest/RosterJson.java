package org.sutiao.roster.rest;

import org.sutiao.roster.application.RosterService;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.roster.domain.Mediator;
import org.sutiao.roster.domain.MediatorAssessment;
import org.sutiao.roster.domain.MediatorChange;
import org.sutiao.roster.domain.MediatorMerit;
import org.sutiao.roster.domain.MediatorRelationship;
import org.sutiao.roster.domain.RosterReport;
import org.sutiao.roster.domain.RosterReportItem;
import org.sutiao.roster.domain.TrainingAttendance;
import org.sutiao.roster.domain.TrainingCourse;
import org.sutiao.roster.domain.Venue;
import org.sutiao.shared.domain.BusinessTime;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The roster's JSON shapes (records on the wire; enumerations by name, dates ISO, instants with offset). */
public final class RosterJson {
    private RosterJson() {
    }

    /** A center with its construction facts (the rules document by name and hash, not content). */
    public record CenterJson(String code, String name, String kind, String province, String industry,
                             String parentCode, String address, String phone, String orgForm, String status,
                             LocalDate establishedOn, Integer officeAreaSqm, String contactPerson, String contactEmail,
                             String confirmationCourtCode, String confirmationCourtName,
                             List<VenueJson> venues, String rulesFileName, String rulesSha256, long version) {
        static CenterJson of(MediationCenter c) {
            return new CenterJson(c.code(), c.name(), c.kind().name(), c.province(), c.industry(), c.parentCode(),
                    c.address(), c.phone(), c.orgForm() == null ? null : c.orgForm().name(), c.status().name(),
                    c.establishedOn(), c.officeAreaSqm(), c.contactPerson(), c.contactEmail(),
                    c.confirmationCourt() == null ? null : c.confirmationCourt().code(),
                    c.confirmationCourt() == null ? null : c.confirmationCourt().name(),
                    c.venues().stream().map(VenueJson::of).toList(), c.rulesFileName(), c.rulesSha256(), c.version());
        }
    }

    /** A venue of a center. */
    public record VenueJson(String kind, String name, String address, Integer seats) {
        static VenueJson of(Venue v) {
            return new VenueJson(v.kind().name(), v.name(), v.address(), v.seats());
        }
    }

    /** A mediator as the center keeps them (ID number masked). */
    public record MediatorJson(String code, String name, String idNumber, String phone, String employment,
                               String profession, List<String> specialties, List<String> languages,
                               int yearsExperience, String certLevel, String certNumber, LocalDate certValidFrom,
                               LocalDate certValidTo, String certification, BigDecimal trainingHours, String status,
                               LocalDate exitDate, String exitReason, String exitNote, long version) {
        static MediatorJson of(Mediator m) {
            return new MediatorJson(m.code(), m.name(), m.maskedIdNumber(), m.phone(), m.employment().name(),
                    m.profession(), m.specialties(), m.languages(), m.yearsExperience(),
                    m.certLevel() == null ? null : m.certLevel().name(), m.certNumber(), m.certValidFrom(),
                    m.certValidTo(), m.certificationStatus(BusinessTime.dateOf(Clock.systemUTC().instant())).name(),
                    m.trainingHours(), m.status().name(), m.exitDate(),
                    m.exitReason() == null ? null : m.exitReason().name(), m.exitNote(), m.version());
        }
    }

    /** Everything recorded about a mediator. */
    public record MediatorRecordJson(MediatorJson mediator, List<AssessmentJson> assessments, List<MeritJson> merits,
                                     List<RelationshipJson> relationships, List<TrainingJson> training,
                                     List<ChangeJson> changes) {
        static MediatorRecordJson of(RosterService.MediatorRecord r) {
            return new MediatorRecordJson(MediatorJson.of(r.mediator()),
                    r.assessments().stream().map(AssessmentJson::of).toList(),
                    r.merits().stream().map(MeritJson::of).toList(),
                    r.relationships().stream().map(RelationshipJson::of).toList(),
                    r.training().stream().map(TrainingJson::of).toList(),
                    r.changes().stream().map(ChangeJson::of).toList());
        }
    }

    /** A periodic assessment. */
    public record AssessmentJson(String period, BigDecimal score, String grade, String assessor) {
        static AssessmentJson of(MediatorAssessment a) {
            return new AssessmentJson(a.period(), a.score(), a.grade().name(), a.assessor());
        }
    }

    /** A commendation or sanction. */
    public record MeritJson(String kind, LocalDate occurredOn, String reason) {
        static MeritJson of(MediatorMerit m) {
            return new MeritJson(m.kind().name(), m.occurredOn(), m.reason());
        }
    }

    /** A declared relationship ({@code withdrawnAt} null while current). */
    public record RelationshipJson(Long id, String counterpartType, String name, String code, String relation,
                                   Instant declaredAt, Instant withdrawnAt) {
        static RelationshipJson of(MediatorRelationship r) {
            return new RelationshipJson(r.id(), r.counterpartType().name(), r.counterpartName(), r.counterpartCode(),
                    r.relation(), r.declaredAt(), r.withdrawnAt());
        }
    }

    /** A course attended. */
    public record TrainingJson(Long courseId, String title, String provider, LocalDate heldOn, BigDecimal hours) {
        static TrainingJson of(TrainingAttendance a) {
            return new TrainingJson(a.course().id(), a.course().title(), a.course().provider(), a.course().heldOn(),
                    a.hours());
        }
    }

    /**
     * One change with who and when; {@code summary} in Chinese words (enumerations by label); {@code reportId} null
     * while not yet reported.
     */
    public record ChangeJson(String mediatorCode, Instant changedAt, String changedBy, String summary, Long reportId) {
        static ChangeJson of(MediatorChange c) {
            return new ChangeJson(c.mediator().code(), c.changedAt(), c.changedBy(),
                    org.sutiao.roster.application.ChangeTexts.of(org.sutiao.shared.application.Messages.CHINESE, c),
                    c.reportId());
        }
    }

    /** A roster report. */
    public record ReportJson(Long id, String centerCode, String centerName, String status, Instant submittedAt,
                             String submittedBy, String note, Instant reviewedAt, String reviewedBy,
                             String reviewComments, long version) {
        static ReportJson of(RosterReport r) {
            return new ReportJson(r.id(), r.center().code(), r.center().name(), r.status().name(), r.submittedAt(),
                    r.submittedBy(), r.note(), r.reviewedAt(), r.reviewedBy(), r.reviewComments(), r.version());
        }
    }

    /** One mediator in a report: the reported state and the changes (in Chinese words, one per line). */
    public record ReportItemJson(String mediatorCode, String name, String employment, List<String> specialties,
                                 String status, String changes) {
        static ReportItemJson of(RosterReportItem i) {
            return new ReportItemJson(i.snapshot().code(), i.snapshot().name(), i.snapshot().employment().name(),
                    i.snapshot().specialties(), i.snapshot().status().name(),
                    org.sutiao.roster.application.ChangeTexts.of(org.sutiao.shared.application.Messages.CHINESE, i));
        }
    }

    /** A training course. */
    public record CourseJson(Long id, String title, String provider, String organizerCode, LocalDate heldOn,
                             BigDecimal hours) {
        static CourseJson of(TrainingCourse c) {
            return new CourseJson(c.id(), c.title(), c.provider(), c.organizer() == null ? null : c.organizer().code(),
                    c.heldOn(), c.hours());
        }
    }
}
