package org.sutiao.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.sutiao.shared.domain.VersionedEntity;

import java.time.Instant;

/**
 * An invitation to a party without an account, sent through the contact details the court or the applicant gave
 * (e-mail, else a text message to the phone): it names the case and asks the party to register and confirm its
 * identity (人民法院在线调解规则 Art. 17). Written once; identity by id.
 */
@Entity
@Table(name = "party_invitation")
@NamedQuery(name = "PartyInvitation.byCase",
        query = "select i from PartyInvitation i where i.mediationCase.id = :caseId order by i.sentAt, i.id")
public class PartyInvitation extends VersionedEntity {
    /** How an invitation travels. */
    public enum Channel { EMAIL, SMS }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private MediationCase mediationCase;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "party_id")
    private Party party;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;
    @Column(nullable = false, length = 200)
    private String address;
    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected PartyInvitation() {
    }

    private PartyInvitation(Party party, Channel channel, String address, Instant sentAt) {
        this.mediationCase = party.mediationCase();
        this.party = party;
        this.channel = channel;
        this.address = address;
        this.sentAt = sentAt;
    }

    /** An invitation by e-mail when the party gave one, else by text message; empty when it gave neither. */
    public static java.util.Optional<PartyInvitation> to(Party p, Instant at) {
        if (p.email() != null && !p.email().isBlank()) {
            return java.util.Optional.of(new PartyInvitation(p, Channel.EMAIL, p.email().strip(), at));
        }
        if (p.phone() != null && !p.phone().isBlank()) {
            return java.util.Optional.of(new PartyInvitation(p, Channel.SMS, p.phone().strip(), at));
        }
        return java.util.Optional.empty();
    }

    public Party party() {
        return party;
    }

    public Channel channel() {
        return channel;
    }

    public String address() {
        return address;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
