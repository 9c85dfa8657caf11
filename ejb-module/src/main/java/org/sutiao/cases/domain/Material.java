package org.sutiao.cases.domain;

import jakarta.persistence.*;
import org.sutiao.shared.domain.IdentifiedEntity;

import java.time.Instant;

/**
 * Metadata of one case material (a PDF, JPEG, PNG or DOCX file). The bytes live in {@link MaterialContent} and
 * are read only on download. {@link #sha256()} is the hex SHA-256 of the exact bytes stored. The original file
 * name, Chinese included, is kept and given back on download.
 */
@Entity
@Table(name = "material")
@NamedQuery(name = "Material.byCase", query = "select m from Material m where m.mediationCase.id = :caseId order by m.id")
public class Material extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private MediationCase mediationCase;
    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;
    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(nullable = false, length = 64)
    private String sha256;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;
    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    protected Material() {
    }

    Material(MediationCase mediationCase, String fileName, String contentType, long sizeBytes, String sha256,
             Instant uploadedAt, String uploadedBy) {
        this.mediationCase = mediationCase;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public MediationCase mediationCase() {
        return mediationCase;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    /** Size in bytes. */
    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public String uploadedBy() {
        return uploadedBy;
    }
}
