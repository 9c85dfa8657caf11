package org.sutiao.audit.domain;

import jakarta.persistence.*;
import org.sutiao.shared.domain.IdentifiedEntity;

import java.time.Instant;

/** One audited act: who read or did what to which case, when (notice §2(1) confidentiality). Append-only. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.byCase", query = "select a from AuditEntry a where a.caseId = :caseId order by a.at")
public class AuditEntry extends IdentifiedEntity {
    @Column(name = "occurred_at", nullable = false)
    private Instant at;
    @Column(nullable = false, length = 64)
    private String username;
    @Column(nullable = false, length = 40)
    private String action;
    @Column(name = "case_id")
    private Long caseId;
    @Column(length = 500)
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, String username, String action, Long caseId, String detail) {
        this.at = at;
        this.username = username;
        this.action = action;
        this.caseId = caseId;
        this.detail = detail;
    }

    public Instant at() {
        return at;
    }

    public String username() {
        return username;
    }

    public String action() {
        return action;
    }

    public Long caseId() {
        return caseId;
    }

    public String detail() {
        return detail;
    }
}
