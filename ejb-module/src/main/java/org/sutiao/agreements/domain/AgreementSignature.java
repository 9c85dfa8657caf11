package org.sutiao.agreements.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.sutiao.shared.domain.IdentifiedEntity;

import java.time.Instant;

/**
 * One signature of an agreement revision under the signer's own login: a party, the mediator, or the center's seal;
 * with the SHA-256 of the exact document signed. Signatures of earlier revisions are kept but no longer count.
 */
@Entity
@Table(name = "agreement_signature")
@NamedQuery(name = "AgreementSignature.byAgreement",
        query = "select s from AgreementSignature s where s.agreement = :a order by s.signedAt, s.id")
public class AgreementSignature extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;
    @Column(nullable = false)
    private int revision;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SignerRole role;
    @Column(name = "party_id")
    private Long partyId;
    @Column(name = "signer", nullable = false, length = 64)
    private String signer;
    @Column(name = "signer_name", nullable = false, length = 120)
    private String signerName;
    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;
    @Column(name = "document_sha256", nullable = false, length = 64)
    private String documentSha256;

    protected AgreementSignature() {
    }

    public AgreementSignature(Agreement agreement, SignerRole role, Long partyId, String signer, String signerName,
                              Instant signedAt) {
        this.agreement = agreement;
        this.revision = agreement.revision();
        this.role = role;
        this.partyId = partyId;
        this.signer = signer;
        this.signerName = signerName;
        this.signedAt = signedAt;
        this.documentSha256 = agreement.documentSha256();
    }

    /** True when this signature counts for the agreement's current revision. */
    public boolean current() {
        return revision == agreement.revision();
    }

    /** True when it is the signature of the same signer slot (the party, the mediator, the center). */
    public boolean sameSlot(SignerRole r, Long p) {
        return role == r && (r != SignerRole.PARTY || partyId.equals(p));
    }

    public int revision() {
        return revision;
    }

    public SignerRole role() {
        return role;
    }

    public Long partyId() {
        return partyId;
    }

    public String signer() {
        return signer;
    }

    public String signerName() {
        return signerName;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public String documentSha256() {
        return documentSha256;
    }
}
