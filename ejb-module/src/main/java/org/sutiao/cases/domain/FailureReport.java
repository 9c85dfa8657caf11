package org.sutiao.cases.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.sutiao.shared.domain.VersionedEntity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The failure report that goes back to the court (notice 法办〔2024〕623号 §4(4)2; 在线调解规则 Art. 21): the basic
 * situation, the reasons mediation failed, each conduct that increased other parties' litigation costs (naming the
 * party; none is a valid answer), and other matters for the court. The court acknowledges it and records what it
 * did ({@link CourtAction}).
 */
@Entity
@Table(name = "failure_report")
@NamedQuery(name = "FailureReport.byCase", query = "select r from FailureReport r where r.mediationCase = :c")
public class FailureReport extends VersionedEntity {
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private MediationCase mediationCase;
    @Column(name = "basic_situation", nullable = false, length = 4000)
    private String basicSituation;
    @Column(name = "failure_reasons", nullable = false, length = 4000)
    private String failureReasons;
    @Column(name = "notes_for_court", nullable = false, length = 4000)
    private String notesForCourt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "failure_report_conduct", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "seq")
    private List<CostConduct> costIncreasingConduct = new ArrayList<>();
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @Column(name = "submitted_by", nullable = false, length = 64)
    private String submittedBy;
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;
    @Column(name = "acknowledged_by", length = 64)
    private String acknowledgedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "court_action", length = 20)
    private CourtAction courtAction;
    @Column(name = "filed_case_number", length = 60)
    private String filedCaseNumber;

    protected FailureReport() {
    }

    FailureReport(MediationCase c, String basicSituation, String failureReasons, List<CostConduct> conduct,
                  String notesForCourt, Instant at, String by) {
        this.mediationCase = c;
        this.basicSituation = basicSituation;
        this.failureReasons = failureReasons;
        this.costIncreasingConduct.addAll(conduct);
        this.notesForCourt = notesForCourt;
        this.submittedAt = at;
        this.submittedBy = by;
    }

    void acknowledge(CourtAction action, String filedCaseNumber, Instant at, String by) {
        this.courtAction = action;
        this.filedCaseNumber = filedCaseNumber;
        this.acknowledgedAt = at;
        this.acknowledgedBy = by;
    }

    public MediationCase mediationCase() {
        return mediationCase;
    }

    public String basicSituation() {
        return basicSituation;
    }

    public String failureReasons() {
        return failureReasons;
    }

    public String notesForCourt() {
        return notesForCourt;
    }

    public List<CostConduct> costIncreasingConduct() {
        return List.copyOf(costIncreasingConduct);
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public String acknowledgedBy() {
        return acknowledgedBy;
    }

    public CourtAction courtAction() {
        return courtAction;
    }

    public String filedCaseNumber() {
        return filedCaseNumber;
    }
}
