package org.sutiao.shared.application;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a failure of the database means to the caller, read from the cause chain (EclipseLink's
 * {@code DatabaseException} and the pool's exceptions keep the driver's {@link SQLException} as a cause), so the
 * API and the pages answer it in one place: a unique key violated by a concurrent request is a conflict (409,
 * {@code conflict.duplicate}); a database that gives no connection is a temporary outage (503,
 * {@code service.unavailable}). SQLState codes: ISO/IEC 9075 class 23 and 08, as reported by PostgreSQL and H2.
 */
public final class PersistenceFailures {
    /** SQLState of a unique-key violation (PostgreSQL and H2 2.x); H2 1.x reported 23001. */
    private static final Set<String> DUPLICATE = Set.of("23505", "23001");
    /**
     * SQLStates of a database that refuses or lost connections besides class 08: too many connections (53300,
     * also answered to a database with {@code CONNECTION LIMIT 0}), shutdown or a terminated session (57P01–57P03).
     */
    private static final Set<String> UNAVAILABLE = Set.of("53300", "57P01", "57P02", "57P03");

    private PersistenceFailures() {
    }

    /** True when a unique key or primary key was violated somewhere in the chain of {@code e}. */
    public static boolean isDuplicateKey(Throwable e) {
        return any(e, t -> t instanceof SQLException s && s.getSQLState() != null
                && DUPLICATE.contains(s.getSQLState()));
    }

    /** True when the chain of {@code e} says the database gave no connection or lost it. */
    public static boolean isUnavailable(Throwable e) {
        return any(e, t -> t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || (t instanceof SQLException s && s.getSQLState() != null
                && (s.getSQLState().startsWith("08") || UNAVAILABLE.contains(s.getSQLState())))
                || isResourceException(t));
    }

    /** The connector's "unable to get managed connection" (IronJacamar), without a compile-time dependency on it. */
    private static boolean isResourceException(Throwable t) {
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals("jakarta.resource.ResourceException")) {
                return true;
            }
        }
        return false;
    }

    private static boolean any(Throwable e, Predicate<Throwable> test) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Deque<Throwable> todo = new ArrayDeque<>();
        if (e != null) {
            todo.add(e);
        }
        while (!todo.isEmpty() && seen.size() < 64) {
            Throwable t = todo.poll();
            if (seen.put(t, Boolean.TRUE) != null) {
                continue;
            }
            if (test.test(t)) {
                return true;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof SQLException s && s.getNextException() != null) {
                todo.add(s.getNextException());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                todo.add(suppressed);
            }
        }
        return false;
    }
}
