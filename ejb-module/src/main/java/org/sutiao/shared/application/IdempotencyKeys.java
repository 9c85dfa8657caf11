package org.sutiao.shared.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.sutiao.shared.domain.ConflictException;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code Idempotency-Key} of a POST (issue 9 §4; the IETF draft "The Idempotency-Key HTTP Header Field"): the
 * first request with a key claims it for its caller before it runs; when it succeeds its answer is kept, and a retry
 * with the same key and the same request gets that answer again instead of recording twice. Each method runs in
 * its own transaction, apart from the request's: the claim is visible to a concurrent double click at once.
 *
 * <p>A POST without the header gets an implicit key ({@link #IMPLICIT_PREFIX} + the SHA-256 of method, path and
 * body): the same request of the same caller within {@link #IMPLICIT_WINDOW} of the first one's answer gets that
 * answer, and while the first still runs 409 — a double submit never records twice. Only the caller's last request
 * is answered again: any other request of the caller in between ends the window. A claim still in progress
 * {@link #IN_PROGRESS_EXPIRY} after it was made (its request never finished: the server died) expires, and the key
 * may be used again.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdempotencyKeys {
    /** How long the answer to a request without a key is given again to the same request: 10 seconds. */
    public static final Duration IMPLICIT_WINDOW = Duration.ofSeconds(10);
    /** How long a claim may stay in progress before it is taken for abandoned: 2 minutes. */
    public static final Duration IN_PROGRESS_EXPIRY = Duration.ofMinutes(2);
    /** The prefix of implicit keys (a client's key of this form is treated alike: it is the caller's own). */
    public static final String IMPLICIT_PREFIX = "implicit:";

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;

    /** A kept answer: HTTP status, body (JSON bytes, may be empty) and {@code Location} (or null). */
    public record Answer(int status, byte[] body, String location) {
    }

    /**
     * Claims {@code key} for {@code caller} and this request, or returns the answer kept for it.
     *
     * @param requestHash SHA-256 (hex) of the method, path and body
     * @return empty when the key is new (the request may run), else the kept answer
     * @throws ConflictException {@code idempotency.inProgress} (with a key) or {@code idempotency.repeated}
     *                           (implicit) while the first request with it still runs; then
     *                           {@code idempotency.keyReused} when the key came with another request
     */
    public Optional<Answer> claim(String caller, String key, String requestHash) {
        Instant now = clock.instant();
        boolean implicit = key.startsWith(IMPLICIT_PREFIX);
        // in one statement: this key's abandoned claim (in progress past its expiry), and the caller's answered
        // implicit claims that no longer count: a double submit repeats the caller's last request, so an answered
        // implicit claim ends with its window, or as soon as the caller sends any other request (A, B, A again is a
        // new A, answered on today's state)
        em.createNativeQuery("DELETE FROM idempotency_record WHERE caller = ?1 AND ((idem_key = ?2"
                        + " AND response_status IS NULL AND created_at < ?3) OR (idem_key LIKE ?4"
                        + " AND answered_at IS NOT NULL AND (answered_at < ?5 OR idem_key <> ?2)))")
                .setParameter(1, caller).setParameter(2, key)
                .setParameter(3, Timestamp.from(now.minus(IN_PROGRESS_EXPIRY)))
                .setParameter(4, IMPLICIT_PREFIX + "%")
                .setParameter(5, Timestamp.from(now.minus(IMPLICIT_WINDOW))).executeUpdate();
        List<?> rows = em.createNativeQuery("SELECT request_hash, response_status, response_body, response_location"
                        + " FROM idempotency_record WHERE caller = ?1 AND idem_key = ?2")
                .setParameter(1, caller).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            try {
                em.createNativeQuery("INSERT INTO idempotency_record (caller, idem_key, request_hash, created_at)"
                                + " VALUES (?1, ?2, ?3, ?4)")
                        .setParameter(1, caller).setParameter(2, key).setParameter(3, requestHash)
                        .setParameter(4, Timestamp.from(now)).executeUpdate();
            } catch (PersistenceException e) {
                if (PersistenceFailures.isDuplicateKey(e)) {
                    throw inProgress(key, implicit);
                }
                throw e;
            }
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        if (row[1] == null) {
            throw inProgress(key, implicit);
        }
        if (!requestHash.equals(row[0])) {
            throw new ConflictException("idempotency.keyReused", key);
        }
        return Optional.of(new Answer(((Number) row[1]).intValue(), row[2] == null ? new byte[0] : (byte[]) row[2],
                (String) row[3]));
    }

    private static ConflictException inProgress(String key, boolean implicit) {
        return implicit ? new ConflictException("idempotency.repeated")
                : new ConflictException("idempotency.inProgress", key);
    }

    /** Keeps the answer of the request that claimed the key. */
    public void complete(String caller, String key, Answer answer) {
        em.createNativeQuery("UPDATE idempotency_record SET response_status = ?1, response_body = ?2,"
                        + " response_location = ?3, answered_at = ?4 WHERE caller = ?5 AND idem_key = ?6")
                .setParameter(1, answer.status()).setParameter(2, answer.body()).setParameter(3, answer.location())
                .setParameter(4, Timestamp.from(clock.instant()))
                .setParameter(5, caller).setParameter(6, key).executeUpdate();
    }

    /** Releases the key of a request that failed, so that the client may retry with it. */
    public void release(String caller, String key) {
        em.createNativeQuery("DELETE FROM idempotency_record WHERE caller = ?1 AND idem_key = ?2"
                        + " AND response_status IS NULL")
                .setParameter(1, caller).setParameter(2, key).executeUpdate();
    }
}
