package org.sutiao.confirmation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.VersionedEntity;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The mediation document (调解书) of an ENTRUSTED case: the parties request it, the court issues it (number and the
 * document as a PDF), and it takes effect when every party has acknowledged receipt.
 */
@Entity
@Table(name = "mediation_document")
@NamedQuery(name = "MediationDocument.byCase", query = "select d from MediationDocument d where d.mediationCase = :c")
public class MediationDocument extends VersionedEntity {
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private MediationCase mediationCase;
    @Column(nullable = false, length = 10)
    private String status;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;
    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;
    @Column(name = "document_number", length = 60)
    private String documentNumber;
    @Column(name = "issued_at")
    private Instant issuedAt;
    @Column(name = "material_id")
    private Long materialId;
    @Column(name = "effective_at")
    private Instant effectiveAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mediation_document_receipt", joinColumns = @JoinColumn(name = "document_id"))
    @MapKeyColumn(name = "party_id")
    @Column(name = "received_at", nullable = false)
    @jakarta.persistence.Convert(converter = org.sutiao.shared.domain.InstantConverter.class)
    private Map<Long, Instant> receipts = new HashMap<>();

    protected MediationDocument() {
    }

    public MediationDocument(MediationCase c, Instant at, String by) {
        this.mediationCase = c;
        this.status = "REQUESTED";
        this.requestedAt = at;
        this.requestedBy = by;
    }

    /**
     * The court issues it.
     *
     * @throws InvalidInputException when number or document is missing
     * @throws ConflictException     when already issued
     */
    public void issue(String number, Long materialId, Instant at) {
        if (!"REQUESTED".equals(status)) {
            throw new ConflictException("mediationDocument.issued");
        }
        if (number == null || number.isBlank() || number.strip().length() > 60) {
            throw new InvalidInputException(InvalidInputException.FieldError.text("documentNumber", number, 60));
        }
        if (materialId == null) {
            throw new InvalidInputException("materialId", "mediationDocument.file");
        }
        this.documentNumber = number.strip();
        this.materialId = materialId;
        this.issuedAt = at;
        this.status = "ISSUED";
    }

    /**
     * A party acknowledges receipt; the last one puts the document in effect.
     *
     * @return true when it took effect
     * @throws ConflictException when not issued yet or the party already acknowledged
     */
    public boolean receive(Long partyId, Set<Long> allParties, Instant at) {
        if ("REQUESTED".equals(status)) {
            throw new ConflictException("mediationDocument.notIssued");
        }
        if (receipts.containsKey(partyId)) {
            throw new ConflictException("mediationDocument.received");
        }
        receipts.put(partyId, at);
        if (receipts.keySet().containsAll(allParties)) {
            status = "EFFECTIVE";
            effectiveAt = at;
            return true;
        }
        return false;
    }

    public MediationCase mediationCase() {
        return mediationCase;
    }

    /** REQUESTED, ISSUED or EFFECTIVE. */
    public String status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Long materialId() {
        return materialId;
    }

    public Instant effectiveAt() {
        return effectiveAt;
    }

    public Map<Long, Instant> receipts() {
        return Map.copyOf(receipts);
    }
}
