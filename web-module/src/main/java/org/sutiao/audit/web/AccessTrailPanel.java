package org.sutiao.audit.web;

import org.sutiao.audit.application.AuditActionLabels;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.audit.application.AuditQueries;
import org.sutiao.cases.web.CaseDetailView;
import org.sutiao.identity.domain.Role;
import org.sutiao.shared.domain.NotFoundException;

import java.io.Serializable;
import java.util.List;

/**
 * The access-trail card of the case page ({@code /WEB-INF/includes/audit/access-trail.xhtml}): who acted on the
 * case, as roles and organisations (California Rules of Court r. 2.526), for the case's parties, court and center;
 * nothing for anyone else.
 */
@Named
@ViewScoped
public class AccessTrailPanel implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditQueries audit;
    @Inject
    CaseDetailView page;

    private transient List<AuditQueries.Access> trail;
    private boolean hidden;

    /** The trail, newest first, or null when the caller may not see it. */
    public List<AuditQueries.Access> getTrail() {
        if (trail == null && !hidden && page.getId() != null && !entitled()) {
            hidden = true;
        }
        if (trail == null && !hidden && page.getId() != null) {
            try {
                trail = audit.accessTrail(page.getId());
            } catch (NotFoundException e) {
                hidden = true;
            }
        }
        return trail;
    }

    /** Only these roles may see a trail; asking for others would only record a refusal on every page view. */
    private static boolean entitled() {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        return ext.isUserInRole(Role.PARTY_ROLE) || ext.isUserInRole(Role.CLERK) || ext.isUserInRole(Role.SYSTEM)
                || ext.isUserInRole(Role.CENTER);
    }

    /** The label of an action: its bundle key {@code auditAction.…} when there is one, else the action itself. */
    public String actionLabel(String action) {
        return AuditActionLabels.label(jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                action);
    }
}
