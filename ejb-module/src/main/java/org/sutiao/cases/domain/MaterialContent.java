package org.sutiao.cases.domain;

import jakarta.persistence.*;
import org.sutiao.shared.domain.IdentifiedEntity;

/** The bytes of one {@link Material}, kept apart so that lists never load them. */
@Entity
@Table(name = "material_content")
@NamedQuery(name = "MaterialContent.byMaterial", query = "select c from MaterialContent c where c.material.id = :materialId")
public class MaterialContent extends IdentifiedEntity {
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "material_id", unique = true)
    private Material material;
    @Column(nullable = false)
    private byte[] content;

    protected MaterialContent() {
    }

    /** Takes {@code content} over (no copy: a material is up to 20 MiB, issue 13 §3); the caller must not change it. */
    public MaterialContent(Material material, byte[] content) {
        this.material = material;
        this.content = content;
    }

    public byte[] content() {
        return content.clone();
    }
}
