package org.sutiao.cases.application;

import org.sutiao.audit.application.Audited;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.directory.domain.Court;
import org.sutiao.shared.domain.Actor;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.NotFoundException;

import jakarta.persistence.PersistenceException;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The writing half of the referral intake, in {@link ReferralService}'s transaction (the referral and its audit entry
 * commit together); a unique-key collision with a concurrent duplicate push marks that transaction for rollback, and
 * {@link #existing} then reads the winner's case in a transaction of its own. Called only by {@link ReferralService}.
 */
@Stateless
@Audited
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class ReferralWriter {
    @Inject
    CaseFactory factory;
    @Inject
    CaseRepository repository;

    /**
     * Stores a new referral and returns its id.
     *
     * @throws DuplicateReferralException when a concurrent push of the same case won the race (unique key)
     */
    public Long create(ReferralCommand command, String courtCode, String idempotencyKey, Instant pushedAt,
                       Actor actor) {
        Court court = repository.court(courtCode).orElseThrow(() -> new NotFoundException("court.unknown", courtCode));
        try {
            return factory.createReferral(command, court, idempotencyKey, pushedAt, actor).id();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new DuplicateReferralException(command.courtCaseNumber());
            }
            throw e;
        }
    }

    /**
     * The case this court already referred with this key or case number, else a new one stored now: the check and
     * the insert in the caller's transaction (one commit per new referral with its audit entry, issue 10 §2's
     * intake). A concurrent push of the same case that commits between the two is still caught by the unique keys.
     *
     * @throws DuplicateReferralException when a concurrent push of the same case won the race (unique key)
     * @throws ConflictException          when the key was used for a different court case number
     */
    public ReferralResult referIfNew(ReferralCommand command, String courtCode, String idempotencyKey,
                                     Instant pushedAt, Actor actor) {
        Optional<Long> existing = existing(courtCode, command.courtCaseNumber(), idempotencyKey);
        if (existing.isPresent()) {
            return new ReferralResult(existing.get(), false);
        }
        return new ReferralResult(create(command, courtCode, idempotencyKey, pushedAt, actor), true);
    }

    /** SQLSTATE 23505 (unique violation), the same on H2 and PostgreSQL, also inside a batch failure. */
    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (SQLException sql = t instanceof SQLException s ? s : null; sql != null; sql = sql.getNextException()) {
                if ("23505".equals(sql.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The id of the case this court already referred with this key or case number.
     *
     * @throws ConflictException when the key was used for a different court case number
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Long> existing(String courtCode, String courtCaseNumber, String idempotencyKey) {
        Optional<MediationCase> found = repository.existingReferral(courtCode, courtCaseNumber, idempotencyKey);
        if (found.isPresent() && idempotencyKey != null && idempotencyKey.equals(found.get().idempotencyKey())
                && courtCaseNumber != null && !courtCaseNumber.strip().equals(found.get().courtCaseNumber())) {
            throw new ConflictException("referral.idempotencyKeyReused", idempotencyKey);
        }
        return found.map(MediationCase::id);
    }
}
