package org.sutiao.cases.web;

import org.sutiao.shared.web.LazyRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;
import org.sutiao.cases.application.CaseFilter;
import org.sutiao.cases.application.CaseQueryService;
import org.sutiao.cases.application.CaseSummary;
import org.sutiao.cases.application.OrgOption;
import org.sutiao.cases.domain.CaseStatus;
import org.sutiao.cases.domain.ReferralKind;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The case list of every role (court referrals, center cases, mediator assignments, HQ/supervisor metadata): a
 * lazy table paged and counted in the database, within the caller's scope (issue 10's read side), with filters on
 * status, kind, court, center, push dates and overdue, and a search by case number, party name, court or center name
 * ({@link CaseQueryService}; every filter applied in the database).
 */
@Named
@ViewScoped
public class CaseListView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseQueryService queries;

    private CaseStatus status;
    private String text;
    private String center;
    private String mediator;
    private String court;
    private ReferralKind kind;
    private LocalDate pushedFrom;
    private LocalDate pushedTo;
    private boolean overdueOnly;
    private boolean former;
    private transient List<OrgOption> courtOptions;
    private transient List<OrgOption> centerOptions;
    private LazyDataModel<CaseSummary> cases;
    private boolean countCapped;

    @PostConstruct
    void init() {
        cases = new LazyRows<>(() -> {
            // counted once per view, up to CaseQueryService.COUNT_CAP: past it the paginator says "more than"
            long n = queries.count(filter());
            countCapped = n > CaseQueryService.COUNT_CAP;
            return Math.min(n, CaseQueryService.COUNT_CAP);
        }, (first, size, sort) -> queries.list(filter(), first, size, sort == null ? null : sort.field(),
                sort != null && sort.ascending()), row -> String.valueOf(row.id()));
    }

    private CaseFilter filter() {
        return new CaseFilter(status, kind, court, center, text == null || text.isBlank() ? null : text.strip(),
                pushedFrom, pushedTo, overdueOnly ? Boolean.TRUE : null, mediator, former);
    }

    /** True when more cases match than were counted (the page report then says "more than"). */
    public boolean isCountCapped() {
        return countCapped;
    }

    public CaseStatus[] getStatuses() {
        return CaseStatus.values();
    }

    public ReferralKind[] getKinds() {
        return ReferralKind.values();
    }

    /** The courts to filter by (short names in the menu), loaded once per view. */
    public List<OrgOption> getCourtOptions() {
        if (courtOptions == null) {
            courtOptions = queries.courtOptions();
        }
        return courtOptions;
    }

    /** The centers to filter by (short names in the menu), loaded once per view. */
    public List<OrgOption> getCenterOptions() {
        if (centerOptions == null) {
            centerOptions = queries.centerOptions();
        }
        return centerOptions;
    }

    public String getCourt() {
        return court;
    }

    public void setCourt(String court) {
        this.court = court == null || court.isBlank() ? null : court.strip();
    }

    public ReferralKind getKind() {
        return kind;
    }

    public void setKind(ReferralKind kind) {
        this.kind = kind;
    }

    public LocalDate getPushedFrom() {
        return pushedFrom;
    }

    public void setPushedFrom(LocalDate pushedFrom) {
        this.pushedFrom = pushedFrom;
    }

    public LocalDate getPushedTo() {
        return pushedTo;
    }

    public void setPushedTo(LocalDate pushedTo) {
        this.pushedTo = pushedTo;
    }

    public LazyDataModel<CaseSummary> getCases() {
        return cases;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    /** The center to list (the evaluation dashboard's drill-down, {@code ?center=}); null for every center in scope. */
    public String getCenter() {
        return center;
    }

    public void setCenter(String center) {
        this.center = center == null || center.isBlank() ? null : center.strip();
    }

    /**
     * The mediator to list (the evaluation dashboard's drill-down, {@code ?mediator=}); null for every mediator in
     * scope. Within the caller's scope: another center's mediator lists nothing.
     */
    public String getMediator() {
        return mediator;
    }

    public void setMediator(String mediator) {
        this.mediator = mediator == null || mediator.isBlank() ? null : mediator.strip();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** True to list the cases a center declined or let lapse (read-only) instead of its own. */
    public boolean isFormer() {
        return former;
    }

    public void setFormer(boolean former) {
        this.former = former;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }
}
