package org.sutiao.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.sutiao.shared.domain.VersionedEntity;

import java.time.Instant;

/**
 * A message to a person outside the platform — an e-mail or a text message — waiting in the outbox until a
 * delivery channel takes it (transactional outbox: the message exists exactly when the change that wrote it was
 * committed). The text is a message key plus arguments, rendered in Chinese when delivered.
 */
@Entity
@Table(name = "outbound_message")
@NamedQuery(name = "OutboundMessage.toAddress", query = "select m from OutboundMessage m where m.address = :address"
        + " order by m.createdAt desc, m.id desc")
public class OutboundMessage extends VersionedEntity {
    /** How a message travels. */
    public enum Channel { EMAIL, SMS }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private Channel channel;
    @Column(nullable = false, updatable = false, length = 200)
    private String address;
    @Column(name = "message_key", nullable = false, updatable = false, length = 80)
    private String messageKey;
    @Column(name = "message_args", updatable = false, length = 500)
    private String messageArgs;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboundMessage() {
    }

    /** @param messageArgs arguments joined by '|', substituted into the message */
    public OutboundMessage(Channel channel, String address, String messageKey, String messageArgs, Instant createdAt) {
        this.channel = channel;
        this.address = address;
        this.messageKey = messageKey;
        this.messageArgs = messageArgs;
        this.createdAt = createdAt;
    }

    /** Records that a delivery channel handed the message on. */
    public void sent(Instant at) {
        this.sentAt = at;
    }

    public Channel channel() { return channel; }
    public String address() { return address; }
    public String messageKey() { return messageKey; }
    /** The arguments, in order. */
    public String[] args() { return messageArgs == null ? new String[0] : messageArgs.split("\\|", -1); }
    public Instant createdAt() { return createdAt; }
    /** When it was handed on, or null while waiting. */
    public Instant sentAt() { return sentAt; }
}
