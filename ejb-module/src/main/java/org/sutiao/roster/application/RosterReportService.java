package org.sutiao.roster.application;

import org.sutiao.notification.domain.NoticeKind;
import org.sutiao.notification.domain.NoticeMove;
import org.sutiao.audit.application.Audited;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.identity.domain.Role;
import org.sutiao.notification.application.NotificationService;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.roster.domain.Mediator;
import org.sutiao.roster.domain.ChangeNote;
import org.sutiao.roster.domain.MediatorChange;
import org.sutiao.roster.domain.NationalRosterEntry;
import org.sutiao.roster.domain.ReportStatus;
import org.sutiao.roster.domain.RosterReport;
import org.sutiao.roster.domain.RosterReportItem;
import org.sutiao.roster.domain.RosterSnapshot;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reporting the roster up to HQ (上报; notice 法办〔2024〕623号 §4(3)): a center admin submits every change since its
 * last report, each mediator with the state reported; HQ approves — the reported states become the national
 * roster — or returns the report with comments, and the changes go into the center's next report. The national
 * roster never shows unapproved data.
 */
@Stateless
@Audited
public class RosterReportService {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    RosterAccess access;
    @Inject
    NotificationService notifications;
    @Inject
    Clock clock;

    /** The center's changes not yet in a report (oldest first per mediator). */
    @RolesAllowed({Role.CENTER, Role.HQ})
    public List<MediatorChange> unreported(String centerCode) {
        MediationCenter center = access.center(centerCode, false);
        return em.createNamedQuery("MediatorChange.unreportedByCenter", MediatorChange.class)
                .setParameter("centerCode", center.code()).getResultList();
    }

    /**
     * Submits the center's unreported changes.
     *
     * @param note optional remark for HQ (≤ 1000 characters)
     * @return the report, SUBMITTED
     * @throws ConflictException when there is nothing to report or a report of the center still waits for HQ
     */
    @RolesAllowed(Role.CENTER)
    public RosterReport submit(String centerCode, String note) {
        MediationCenter center = access.center(centerCode, true);
        // one submission per center at a time: a second one waits here, then finds the first pending
        em.lock(center, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (em.createNamedQuery("RosterReport.pendingOfCenter", Long.class).setParameter("center", center)
                .getSingleResult() > 0) {
            throw new ConflictException("rosterReport.pending");
        }
        List<MediatorChange> changes = unreported(centerCode);
        if (changes.isEmpty()) {
            throw new ConflictException("rosterReport.nothing");
        }
        Instant now = clock.instant();
        if (note != null && note.strip().length() > 1000) {
            throw new org.sutiao.shared.domain.InvalidInputException("note", "validation.size", 0, 1000);
        }
        RosterReport report = new RosterReport(center, now, access.username(), note);
        em.persist(report);
        em.flush();
        Map<Mediator, List<MediatorChange>> byMediator = changes.stream()
                .collect(Collectors.groupingBy(MediatorChange::mediator, LinkedHashMap::new, Collectors.toList()));
        byMediator.forEach((m, list) -> em.persist(new RosterReportItem(report, m,
                ChangeNote.joinForReport(list, RosterReportItem.MAX_CHANGES), RosterSnapshot.of(m))));
        changes.forEach(c -> c.reportedIn(report.id()));
        // the center's returned report is answered by this one; HQ's notice of it by HQ's review
        notifications.answeredForOrg(NoticeMove.REPORT_ROSTER, center.code());
        notifications.notifyOrg("CCPIT-HQ", null, "notice.rosterReported", NoticeKind.rosterReportKey(report.id()),
                center.name(), byMediator.size());
        return report;
    }

    /** Reports of one center, newest first (its admin, or HQ). */
    @RolesAllowed({Role.CENTER, Role.HQ})
    public List<RosterReport> reportsOf(String centerCode) {
        MediationCenter center = access.center(centerCode, false);
        return em.createNamedQuery("RosterReport.byCenter", RosterReport.class)
                .setParameter("centerCode", center.code()).getResultList();
    }

    /** HQ: reports in a status (SUBMITTED = waiting for review, oldest first), or the latest 200 when null. */
    @RolesAllowed(Role.HQ)
    public List<RosterReport> reports(ReportStatus status) {
        if (status == null) {
            return em.createNamedQuery("RosterReport.recent", RosterReport.class).setMaxResults(200)
                    .getResultList();
        }
        return em.createNamedQuery("RosterReport.byStatus", RosterReport.class).setParameter("status", status)
                .getResultList();
    }

    /**
     * One report with its items.
     *
     * @throws NotFoundException when unknown or another center's
     */
    @RolesAllowed({Role.CENTER, Role.HQ})
    public ReportWithItems report(Long reportId) {
        RosterReport r = find(reportId);
        return new ReportWithItems(r, em.createNamedQuery("RosterReportItem.byReport", RosterReportItem.class)
                .setParameter("report", r).getResultList());
    }

    /** A report and the mediators it carries. */
    public record ReportWithItems(RosterReport report, List<RosterReportItem> items) {
    }

    /**
     * HQ approves: each reported state replaces (or creates) the mediator's national roster entry.
     *
     * @param expectedVersion the version reviewed (stale → 409), or null
     * @throws ConflictException when already reviewed or stale
     */
    @RolesAllowed(Role.HQ)
    public RosterReport approve(Long reportId, String comments, Long expectedVersion) {
        RosterReport r = reviewable(reportId, expectedVersion);
        Instant now = clock.instant();
        r.approve(comments, now, access.username());
        for (RosterReportItem item : em.createNamedQuery("RosterReportItem.byReport", RosterReportItem.class)
                .setParameter("report", r).getResultList()) {
            publish(item.mediator(), r.id(), now, item.snapshot().copy());
        }
        notifications.answeredByKey(NoticeMove.REVIEW_ROSTER_REPORT, NoticeKind.rosterReportKey(r.id()));
        notifications.notifyOrg(r.center().code(), null, "notice.rosterApproved", null, String.valueOf(r.id()));
        return r;
    }

    /**
     * HQ returns the report with comments; its changes go into the center's next report.
     *
     * @throws org.sutiao.shared.domain.InvalidInputException when the comments are missing
     * @throws ConflictException                              when already reviewed or stale
     */
    @RolesAllowed(Role.HQ)
    public RosterReport returnReport(Long reportId, String comments, Long expectedVersion) {
        RosterReport r = reviewable(reportId, expectedVersion);
        r.returnWith(comments, clock.instant(), access.username());
        em.createNamedQuery("MediatorChange.byReport", MediatorChange.class).setParameter("reportId", r.id())
                .getResultList().forEach(c -> c.reportedIn(null));
        notifications.answeredByKey(NoticeMove.REVIEW_ROSTER_REPORT, NoticeKind.rosterReportKey(r.id()));
        notifications.notifyOrg(r.center().code(), null, "notice.rosterReturned", null, String.valueOf(r.id()),
                r.reviewComments());
        return r;
    }

    /**
     * Seeds an approved report of a center's whole roster (demo data: the demo centers' reports are approved).
     */
    @jakarta.annotation.security.PermitAll
    public void seedApproved(MediationCenter center, List<Mediator> mediators, Instant at) {
        RosterReport r = new RosterReport(center, at, "system", null);
        em.persist(r);
        em.flush();
        r.approve(null, at, "system");
        for (Mediator m : mediators) {
            RosterSnapshot snapshot = RosterSnapshot.of(m);
            em.persist(new RosterReportItem(r, m, ChangeNote.NOTE + "rosterChange.initial", snapshot));
            publish(m, r.id(), at, snapshot.copy());
        }
    }

    private void publish(Mediator m, Long reportId, Instant at, RosterSnapshot snapshot) {
        NationalRosterEntry entry = em.find(NationalRosterEntry.class, m.id());
        if (entry == null) {
            em.persist(new NationalRosterEntry(m.id(), reportId, at, snapshot, m.trainingHours()));
        } else {
            entry.approve(reportId, at, snapshot, m.trainingHours());
        }
    }

    private RosterReport reviewable(Long reportId, Long expectedVersion) {
        RosterReport r = find(reportId);
        if (r.status() != ReportStatus.SUBMITTED) {
            throw new ConflictException("rosterReport.reviewed", r.status().name());
        }
        if (expectedVersion != null && expectedVersion != r.version()) {
            throw new ConflictException("rosterReport.staleVersion");
        }
        return r;
    }

    private RosterReport find(Long reportId) {
        RosterReport r = reportId == null ? null : em.find(RosterReport.class, reportId);
        if (r == null) {
            throw new NotFoundException("rosterReport.notFound", String.valueOf(reportId));
        }
        try {
            access.center(r.center().code(), false);
        } catch (NotFoundException e) {
            throw new NotFoundException("rosterReport.notFound", String.valueOf(reportId));
        }
        return r;
    }
}
