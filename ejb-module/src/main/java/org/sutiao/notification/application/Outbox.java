package org.sutiao.notification.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.notification.domain.OutboundMessage;

import java.time.Clock;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Writes messages to people outside the platform into the outbox ({@link OutboundMessage}), in the caller's
 * transaction. Delivery (SMTP, an SMS gateway) reads the outbox; nothing here talks to the network.
 */
@Dependent
public class Outbox {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    Clock clock;

    /** Queues one message; an e-mail when the address holds an '@', else a text message to a phone number. */
    public void send(String address, String messageKey, Object... args) {
        String to = address.strip();
        OutboundMessage.Channel channel = to.contains("@") ? OutboundMessage.Channel.EMAIL
                : OutboundMessage.Channel.SMS;
        em.persist(new OutboundMessage(channel, to, messageKey,
                Arrays.stream(args).map(String::valueOf).collect(Collectors.joining("|")), clock.instant()));
    }
}
