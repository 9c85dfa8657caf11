package org.sutiao.roster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One of a center's premises: its fixed office, a mediation room or an online room, with address and seats.
 * Immutable; a change replaces the center's list.
 */
@Embeddable
public class Venue {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VenueKind kind;
    @Column(nullable = false, length = 100)
    private String name;
    @Column(length = 200)
    private String address;
    private Integer seats;

    protected Venue() {
    }

    /** @param seats places for participants, or null when not stated */
    public Venue(VenueKind kind, String name, String address, Integer seats) {
        this.kind = kind;
        this.name = name;
        this.address = address;
        this.seats = seats;
    }

    public VenueKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public Integer seats() {
        return seats;
    }
}
