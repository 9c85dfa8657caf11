package org.sutiao.audit.application;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.sutiao.audit.domain.AuditEntry;
import org.sutiao.shared.domain.DomainException;
import org.sutiao.shared.domain.InvalidInputException;

import java.io.Serializable;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.StringJoiner;

/**
 * Records the calls of {@link Audited} services in the audit log (CJIS Security Policy §5.4.1.1: successful and
 * unsuccessful attempts; NIST SP 800-53 AU-2, AU-12), without code in the services' methods:
 * <ul>
 * <li>a call that wrote to the database (any business entity inserted, updated or deleted, seen by
 * {@link WriteTracker}; pending changes are flushed first so that an update is seen), outcome {@code ok};</li>
 * <li>a refused call (a {@link DomainException}: rule, scope, validation, stale version), outcome its code; other
 * failures their exception's class name; reads refused are recorded too (an attempt on a case outside one's scope
 * is what an auditor looks for);</li>
 * <li>a call of a method annotated {@code @Audited} itself (exports, verification), always.</li>
 * </ul>
 * The entry of a successful call made in a transaction is written in that transaction (one commit for the act and its
 * entry; pending changes are flushed first, so that a constraint the database enforces refuses the call here and
 * is recorded as a refusal); a refusal's entry, and a successful call's made without a transaction, each in a
 * transaction of its own ({@link AuditLog}).
 * Plain reads that succeed are not recorded here: the reads of case content are recorded by the read policy through
 * {@link AuditLog#record(org.sutiao.identity.application.Caller, String, Long, String)}. Only the outermost audited
 * call on a thread records, under its method name as the action; the case is its {@code Long caseId} first
 * parameter, or the {@code caseId} of a result record (a new referral); the detail names the service and method, and codes, numbers, dates and enumeration values among the
 * arguments (never free text, which may be case content) and a numeric result (rows exported).
 * Calls refused by {@code @RolesAllowed} are refused by the container before interceptors run and are not recorded.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditInterceptor implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog log;
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object audit(InvocationContext ctx) throws Exception {
        boolean outermost = WriteTracker.enter();
        try {
            if (!outermost) {
                return ctx.proceed();
            }
            Object result;
            boolean inTransaction;
            try {
                result = ctx.proceed();
                inTransaction = transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
                if (inTransaction) {
                    em.flush();
                }
            } catch (Exception e) {
                log.recordCall(action(ctx.getMethod()), caseId(ctx), detail(ctx, null), outcome(e),
                        claimedUsername(ctx));
                throw e;
            }
            if (WriteTracker.wrote() || ctx.getMethod().isAnnotationPresent(Audited.class)) {
                Long caseId = caseId(ctx) != null ? caseId(ctx) : caseIdOf(result);
                if (inTransaction) {
                    log.recordCallInTransaction(action(ctx.getMethod()), caseId, detail(ctx, result),
                            claimedUsername(ctx));
                } else {
                    log.recordCall(action(ctx.getMethod()), caseId, detail(ctx, result), AuditEntry.OK,
                            claimedUsername(ctx));
                }
            }
            return result;
        } finally {
            WriteTracker.exit();
        }
    }

    static String action(Method m) {
        return m.getName();
    }

    /** The first parameter when it is a {@code Long} named {@code caseId} (the services compile with names). */
    static Long caseId(InvocationContext ctx) {
        Parameter[] ps = ctx.getMethod().getParameters();
        Object[] args = ctx.getParameters();
        if (ps.length > 0 && ps[0].getType() == Long.class && "caseId".equals(ps[0].getName())) {
            return (Long) args[0];
        }
        return null;
    }

    /**
     * The username a call names, for a call without login (a registration: its {@code Registration} record's
     * {@code username}, or a String parameter named {@code username}); null when it names none.
     */
    static String claimedUsername(InvocationContext ctx) {
        Parameter[] ps = ctx.getMethod().getParameters();
        Object[] args = ctx.getParameters();
        for (int i = 0; i < ps.length; i++) {
            if (args[i] instanceof String s && "username".equals(ps[i].getName())) {
                return s;
            }
            if (args[i] != null && args[i].getClass().isRecord()) {
                for (RecordComponent c : args[i].getClass().getRecordComponents()) {
                    if ("username".equals(c.getName()) && c.getType() == String.class) {
                        try {
                            c.getAccessor().setAccessible(true);
                            return (String) c.getAccessor().invoke(args[i]);
                        } catch (ReflectiveOperationException e) {
                            return null;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** A new case's id from a result record with a {@code Long caseId} component (a referral's result), or null. */
    static Long caseIdOf(Object result) {
        if (result != null && result.getClass().isRecord()) {
            for (RecordComponent c : result.getClass().getRecordComponents()) {
                if ("caseId".equals(c.getName()) && c.getType() == Long.class) {
                    try {
                        return (Long) c.getAccessor().invoke(result);
                    } catch (ReflectiveOperationException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    /** {@code Service.method(code=…, n=…) → result}: only codes, numbers, dates, booleans and enumeration values. */
    static String detail(InvocationContext ctx, Object result) {
        Method m = ctx.getMethod();
        Parameter[] ps = m.getParameters();
        Object[] args = ctx.getParameters();
        StringJoiner j = new StringJoiner(", ", m.getDeclaringClass().getSimpleName() + "." + m.getName() + "(", ")");
        for (int i = 0; i < ps.length; i++) {
            if (i == 0 && "caseId".equals(ps[i].getName())) {
                continue;
            }
            String shown = shown(ps[i], args[i]);
            if (shown != null) {
                j.add(ps[i].getName() + "=" + shown);
            }
        }
        String d = j.toString();
        if (result instanceof Number n) {
            d += " → " + n;
        } else if (result instanceof AuditSummary s) {
            d += " → " + s.auditSummary();
        }
        return d;
    }

    private static String shown(Parameter p, Object value) {
        if (value == null) {
            return null;
        }
        String name = p.getName().toLowerCase(java.util.Locale.ROOT);
        if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
                || value instanceof LocalDate) {
            return value.toString();
        }
        if (value instanceof String s && (name.endsWith("code") || name.equals("region"))) {
            return s.length() > 40 ? s.substring(0, 40) : s;
        }
        return null;
    }

    /** The refusal's code (for invalid input with each field's code), or the failure's class name. */
    static String outcome(Throwable e) {
        Throwable t = e;
        while (t instanceof EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof InvalidInputException v) {
            StringJoiner j = new StringJoiner(", ", v.code() + ": ", "");
            v.fieldErrors().forEach(f -> j.add(f.field() + "=" + f.messageKey()));
            return j.toString();
        }
        if (t instanceof DomainException d) {
            return d.code();
        }
        return t.getClass().getSimpleName();
    }
}
