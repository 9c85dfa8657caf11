package org.sutiao.agreements.domain;

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
import org.sutiao.cases.domain.AgreementScope;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.VersionedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The mediation agreement of a case (notice 法办〔2024〕623号 §4(4)2; 在线调解规则 Art. 19; 特邀调解规定 Art. 22–24):
 * the content and the exact document (PDF drafted from the template, or an uploaded signed scan) with its SHA-256.
 * Every change makes a new revision, so signatures given to an earlier one no longer count: signing restarts. It
 * takes effect at the last of the signatures of every party, the mediator and the center.
 */
@Entity
@Table(name = "agreement")
@NamedQuery(name = "Agreement.byCase", query = "select a from Agreement a where a.mediationCase = :c")
public class Agreement extends VersionedEntity {
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private MediationCase mediationCase;
    @Column(nullable = false)
    private int revision;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AgreementScope scope;
    @Column(nullable = false, length = 4000)
    private String facts;
    @Column(nullable = false, length = 4000)
    private String terms;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_claim_outcome", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "idx")
    private List<ClaimOutcome> claimOutcomes = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_obligation", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "idx")
    private List<Obligation> obligations = new ArrayList<>();
    @Column(name = "uploaded_scan", nullable = false)
    private boolean uploadedScan;
    // not LAZY: a lazy basic attribute written after others makes EclipseLink fetch the rest and lose those writes
    @Column(name = "document", nullable = false)
    private byte[] document;
    @Column(name = "document_sha256", nullable = false, length = 64)
    private String documentSha256;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AgreementStatus status;
    @Column(name = "effective_at")
    private Instant effectiveAt;
    @Column(name = "effective_on")
    private LocalDate effectiveOn;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    protected Agreement() {
    }

    public Agreement(MediationCase c, AgreementContent content, byte[] document, String sha256, boolean scan,
                     Instant at, String by) {
        this.mediationCase = c;
        this.revision = 0;
        apply(content, document, sha256, scan, at, by);
    }

    /**
     * A changed content or document: a new revision; earlier signatures no longer count.
     *
     * @throws ConflictException once the agreement is in effect
     */
    public void revise(AgreementContent content, byte[] document, String sha256, boolean scan, Instant at, String by) {
        if (status == AgreementStatus.EFFECTIVE) {
            throw new ConflictException("agreement.effective");
        }
        apply(content, document, sha256, scan, at, by);
    }

    private void apply(AgreementContent content, byte[] document, String sha256, boolean scan, Instant at,
                       String by) {
        this.revision++;
        this.scope = content.scope();
        this.facts = content.facts().strip();
        this.terms = content.terms().strip();
        this.claimOutcomes.clear();
        this.claimOutcomes.addAll(content.claimOutcomes());
        this.obligations.clear();
        for (int i = 0; i < content.obligations().size(); i++) {
            Obligation o = content.obligations().get(i);
            this.obligations.add(new Obligation(i + 1, o.obligorPartyId(), o.obligeePartyId(),
                    o.description().strip(), o.amount(), o.currency(), o.dueDate(),
                    o.method() == null || o.method().isBlank() ? null : o.method().strip()));
        }
        this.document = document.clone();
        this.documentSha256 = sha256;
        this.uploadedScan = scan;
        this.status = AgreementStatus.SIGNING;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    /**
     * Checks that a signer signs the current document.
     *
     * @throws InvalidInputException when the hash is missing
     * @throws ConflictException     when it is not the hash of the current revision (the document changed), or the
     *                               agreement is in effect already
     */
    public void requireSignable(String sha256) {
        if (sha256 == null || sha256.isBlank()) {
            throw new InvalidInputException("documentSha256", "validation.required");
        }
        if (status == AgreementStatus.EFFECTIVE) {
            throw new ConflictException("agreement.effective");
        }
        if (!sha256.strip().equalsIgnoreCase(documentSha256)) {
            throw new ConflictException("agreement.documentChanged", revision);
        }
    }

    /** The last signature arrived: the agreement is in effect. */
    public void takeEffect(Instant at, LocalDate on) {
        this.status = AgreementStatus.EFFECTIVE;
        this.effectiveAt = at;
        this.effectiveOn = on;
    }

    /**
     * Records the performance of obligation {@code seq}.
     *
     * @throws InvalidInputException when the obligation does not exist, the date is missing or the evidence too long
     * @throws ConflictException     when the agreement is not in effect or the obligation was already performed
     */
    public Obligation perform(int seq, LocalDate on, String evidence, String by) {
        if (status != AgreementStatus.EFFECTIVE) {
            throw new ConflictException("agreement.notEffective");
        }
        Obligation o = obligations.stream().filter(x -> x.seq() == seq).findFirst()
                .orElseThrow(() -> new InvalidInputException("obligationSeq", "agreement.noSuchObligation", seq));
        if (on == null) {
            throw new InvalidInputException("performedOn", "validation.required");
        }
        if (evidence != null && evidence.strip().length() > 1000) {
            throw new InvalidInputException("evidence", "validation.size", 0, 1000);
        }
        if (o.performed()) {
            throw new ConflictException("agreement.performed", seq);
        }
        o.perform(on, evidence == null || evidence.isBlank() ? null : evidence.strip(), by);
        return o;
    }

    /** True when every obligation is performed. */
    public boolean allPerformed() {
        return obligations.stream().allMatch(Obligation::performed);
    }

    public MediationCase mediationCase() {
        return mediationCase;
    }

    public int revision() {
        return revision;
    }

    public AgreementScope scope() {
        return scope;
    }

    public String facts() {
        return facts;
    }

    public String terms() {
        return terms;
    }

    public List<ClaimOutcome> claimOutcomes() {
        return List.copyOf(claimOutcomes);
    }

    public List<Obligation> obligations() {
        return List.copyOf(obligations);
    }

    public boolean uploadedScan() {
        return uploadedScan;
    }

    public byte[] document() {
        return document.clone();
    }

    public String documentSha256() {
        return documentSha256;
    }

    public AgreementStatus status() {
        return status;
    }

    public Instant effectiveAt() {
        return effectiveAt;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
