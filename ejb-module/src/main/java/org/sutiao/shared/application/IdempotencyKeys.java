package org.sutiao.shared.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.shared.domain.ConflictException;

import java.util.List;
import java.util.Optional;

/**
 * The {@code Idempotency-Key} of a POST (issue 9 §4; the IETF draft "The Idempotency-Key HTTP Header Field"): the
 * first request with a key claims it for its caller before it runs; when it succeeds its answer is kept, and a retry
 * with the same key and the same request gets that answer again instead of recording twice. Each method runs in
 * its own transaction, apart from the request's: the claim is visible to a concurrent double click at once.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdempotencyKeys {
    @PersistenceContext
    EntityManager em;

    /** A kept answer: HTTP status, body (JSON bytes, may be empty) and {@code Location} (or null). */
    public record Answer(int status, byte[] body, String location) {
    }

    /**
     * Claims {@code key} for {@code caller} and this request, or returns the answer kept for it.
     *
     * @param requestHash SHA-256 (hex) of the method, path and body
     * @return empty when the key is new (the request may run), else the kept answer
     * @throws ConflictException {@code idempotency.keyReused} when the key came with another request;
     *                           {@code idempotency.inProgress} while the first request with it still runs
     */
    public Optional<Answer> claim(String caller, String key, String requestHash) {
        List<?> rows = em.createNativeQuery("SELECT request_hash, response_status, response_body, response_location"
                        + " FROM idempotency_record WHERE caller = ?1 AND idem_key = ?2")
                .setParameter(1, caller).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            em.createNativeQuery("INSERT INTO idempotency_record (caller, idem_key, request_hash) VALUES (?1, ?2, ?3)")
                    .setParameter(1, caller).setParameter(2, key).setParameter(3, requestHash).executeUpdate();
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        if (!requestHash.equals(row[0])) {
            throw new ConflictException("idempotency.keyReused", key);
        }
        if (row[1] == null) {
            throw new ConflictException("idempotency.inProgress", key);
        }
        return Optional.of(new Answer(((Number) row[1]).intValue(), row[2] == null ? new byte[0] : (byte[]) row[2],
                (String) row[3]));
    }

    /** Keeps the answer of the request that claimed the key. */
    public void complete(String caller, String key, Answer answer) {
        em.createNativeQuery("UPDATE idempotency_record SET response_status = ?1, response_body = ?2,"
                        + " response_location = ?3 WHERE caller = ?4 AND idem_key = ?5")
                .setParameter(1, answer.status()).setParameter(2, answer.body()).setParameter(3, answer.location())
                .setParameter(4, caller).setParameter(5, key).executeUpdate();
    }

    /** Releases the key of a request that failed, so that the client may retry with it. */
    public void release(String caller, String key) {
        em.createNativeQuery("DELETE FROM idempotency_record WHERE caller = ?1 AND idem_key = ?2"
                        + " AND response_status IS NULL")
                .setParameter(1, caller).setParameter(2, key).executeUpdate();
    }
}
