package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.sutiao.cases.application.CaseDetail;
import org.sutiao.cases.application.CaseQueryService;
import org.sutiao.cases.domain.CaseStatus;
import org.sutiao.shared.domain.NotFoundException;
import org.sutiao.shared.web.FacesMessages;

import java.io.ByteArrayInputStream;
import java.io.Serializable;

/** The case page: particulars, parties, claims, materials, offers and the timeline; loaded by view parameter. */
@Named
@ViewScoped
public class CaseDetailView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseQueryService queries;

    private Long id;
    private CaseDetail detail;
    private boolean notFound;

    /** View action: loads the case; outside the caller's scope it is simply "not found". */
    public void load() {
        if (id == null) {
            notFound = true;
            return;
        }
        try {
            detail = queries.detail(id);
        } catch (NotFoundException e) {
            notFound = true;
            FacesMessages.globalError("case.notFound", id);
        }
    }

    /** Reload after a decision in a dialog. */
    public void refresh() {
        load();
    }

    /** A material as a download, with its original (possibly Chinese) file name. */
    public StreamedContent download(Long materialId) {
        CaseQueryService.MaterialDownload m = queries.material(id, materialId);
        return DefaultStreamedContent.builder().name(m.fileName()).contentType(m.contentType())
                .contentLength((long) m.content().length)
                .stream(() -> new ByteArrayInputStream(m.content())).build();
    }

    /** The bundle key explaining why a lapsed case can no longer be accepted (court referral or direct application). */
    public String getLapsedKey() {
        return detail != null && detail.summary().referralKind() == null ? "case.acceptanceLapsedApplication"
                : "case.acceptanceLapsed";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CaseDetail getDetail() {
        return detail;
    }

    public boolean isNotFound() {
        return notFound;
    }
}
