package org.sutiao.shared.application;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Unique-key violations and outages found anywhere in the cause chain, as the drivers report them. */
class PersistenceFailuresTest {
    private static RuntimeException wrapped(Throwable cause) {
        return new EJBException(new PersistenceException("Exception [EclipseLink-4002]", cause));
    }

    @Test
    void uniqueKeyViolationOfPostgresqlAndH2() {
        assertTrue(PersistenceFailures.isDuplicateKey(wrapped(new SQLException("duplicate key value", "23505"))));
        assertTrue(PersistenceFailures.isDuplicateKey(wrapped(new SQLException("Unique index violation", "23001"))));
        SQLException batch = new SQLException("Batch entry 0 was aborted", "null");
        batch.setNextException(new SQLException("duplicate key", "23505"));
        assertTrue(PersistenceFailures.isDuplicateKey(wrapped(batch)), "the next exception of a batch");
        assertFalse(PersistenceFailures.isDuplicateKey(wrapped(new SQLException("not null", "23502"))),
                "another integrity violation is not a duplicate");
        assertFalse(PersistenceFailures.isDuplicateKey(new IllegalStateException("x")));
    }

    @Test
    void outageFromThePoolOrTheDriver() {
        assertTrue(PersistenceFailures.isUnavailable(wrapped(new SQLTransientConnectionException("pool timeout"))));
        assertTrue(PersistenceFailures.isUnavailable(wrapped(new SQLException("Connection refused", "08001"))));
        assertTrue(PersistenceFailures.isUnavailable(wrapped(new SQLException("too many connections", "53300"))));
        assertTrue(PersistenceFailures.isUnavailable(wrapped(new SQLException("terminating connection", "57P01"))));
        assertTrue(PersistenceFailures.isUnavailable(wrapped(new SQLException("IJ031084: Unable to create connection",
                new jakarta.resource.spi.ResourceAllocationException("IJ000453: Unable to get managed connection")))),
                "the pool's exception, a subclass of ResourceException");
        assertFalse(PersistenceFailures.isUnavailable(wrapped(new SQLException("duplicate key", "23505"))));
        assertFalse(PersistenceFailures.isUnavailable(null));
    }

    @Test
    void aCycleInTheChainEnds() {
        SQLException a = new SQLException("a", "XX000");
        SQLException b = new SQLException("b", "XX000");
        a.setNextException(b);
        b.setNextException(a);
        assertFalse(PersistenceFailures.isDuplicateKey(a));
    }
}
