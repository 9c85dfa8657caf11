package org.sutiao.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.sutiao.shared.domain.IdentifiedEntity;

import java.time.Instant;

/**
 * One party's consent to an extension: given online by the party, or as a written consent the mediator uploaded
 * (then {@link #materialId()} names the case material holding it).
 */
@Entity
@Table(name = "extension_consent")
public class ExtensionConsent extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "extension_id")
    private Extension extension;
    @ManyToOne(optional = false)
    @JoinColumn(name = "party_id")
    private Party party;
    @Column(nullable = false)
    private boolean written;
    @Column(name = "material_id")
    private Long materialId;
    @Column(name = "consented_at", nullable = false)
    private Instant consentedAt;
    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected ExtensionConsent() {
    }

    ExtensionConsent(Extension extension, Party party, boolean written, Long materialId, Instant consentedAt,
                     String recordedBy) {
        this.extension = extension;
        this.party = party;
        this.written = written;
        this.materialId = materialId;
        this.consentedAt = consentedAt;
        this.recordedBy = recordedBy;
    }

    public Party party() {
        return party;
    }

    public boolean written() {
        return written;
    }

    public Long materialId() {
        return materialId;
    }

    public Instant consentedAt() {
        return consentedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
