package org.sutiao.notification.domain;

import jakarta.persistence.*;
import org.sutiao.shared.domain.VersionedEntity;

import java.time.Instant;

/**
 * A notice shown to an organisation (court or center, by code) or to every user of a role (operators). The text
 * is a message key plus arguments, rendered in the reader's language.
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = "Notification.forOrg",
        query = "select n from Notification n where n.recipientOrg = :org and n.resolved = :resolved order by n.createdAt desc")
@NamedQuery(name = "Notification.forRole",
        query = "select n from Notification n where n.recipientRole = :role and n.resolved = :resolved order by n.createdAt desc")
@NamedQuery(name = "Notification.openOfCaseByKinds",
        query = "select n from Notification n where n.caseId = :caseId and n.messageKey in :keys"
                + " and n.resolved = :resolved")
@NamedQuery(name = "Notification.openOfOrgWithoutCase",
        query = "select n from Notification n where n.recipientOrg = :org and n.caseId is null"
                + " and n.messageKey in :keys and n.resolved = :resolved")
@NamedQuery(name = "Notification.openByKey",
        query = "select n from Notification n where n.dedupKey = :key and n.resolved = :resolved")
public class Notification extends VersionedEntity {
    @Column(name = "recipient_org", length = 30)
    private String recipientOrg;
    @Column(name = "recipient_role", length = 20)
    private String recipientRole;
    @Column(name = "case_id")
    private Long caseId;
    @Column(name = "message_key", nullable = false, length = 80)
    private String messageKey;
    @Column(name = "message_args", length = 500)
    private String messageArgs;
    @Column(name = "dedup_key", length = 120)
    private String dedupKey;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private boolean resolved;

    protected Notification() {
    }

    /**
     * @param messageArgs arguments joined by '|', substituted into the localized message
     * @param dedupKey    while an unresolved notice with this key exists, no second one is raised
     */
    public Notification(String recipientOrg, String recipientRole, Long caseId, String messageKey,
                        String messageArgs, String dedupKey, Instant createdAt) {
        this.recipientOrg = recipientOrg;
        this.recipientRole = recipientRole;
        this.caseId = caseId;
        this.messageKey = messageKey;
        this.messageArgs = messageArgs;
        this.dedupKey = dedupKey;
        this.createdAt = createdAt;
    }

    public void resolve() {
        resolved = true;
    }

    public String recipientOrg() {
        return recipientOrg;
    }

    public Long caseId() {
        return caseId;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return messageArgs == null || messageArgs.isEmpty() ? new Object[0] : messageArgs.split("\\|");
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean resolved() {
        return resolved;
    }
}
