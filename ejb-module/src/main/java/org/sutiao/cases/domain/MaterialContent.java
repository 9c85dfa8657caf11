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

    public MaterialContent(Material material, byte[] content) {
        this.material = material;
        this.content = content.clone();
    }

    public byte[] content() {
        return content.clone();
    }
}
