package org.sutiao.audit.web;

import jakarta.enterprise.inject.spi.CDI;
import org.sutiao.audit.application.AuditLog;

import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records a call the container refused because the caller's role may not make it (a service's
 * {@code @RolesAllowed}, refused before the audit interceptor runs), from the API's and the pages' one place where
 * such a refusal is answered (CJIS Security Policy §5.4.1.1: unsuccessful attempts are audited).
 */
public final class DeniedCalls {
    private static final Logger LOG = Logger.getLogger(DeniedCalls.class.getName());
    private static final Pattern CASE = Pattern.compile("(?:^|/)cases/(\\d{1,18})(?:/|$)");

    private DeniedCalls() {
    }

    /**
     * Audits the refused call.
     *
     * @param call   what was tried, e.g. {@code POST /cases/1419/accept} or a page with its case
     * @param caseId the case, or null to take it from a {@code cases/{id}} path in {@code call}
     */
    public static void record(String call, Long caseId) {
        Long id = caseId;
        if (id == null) {
            Matcher m = CASE.matcher(call);
            id = m.find() ? Long.valueOf(m.group(1)) : null;
        }
        try {
            CDI.current().select(AuditLog.class).get().recordCall(AuditLog.ACCESS_DENIED, id,
                    call.length() > 400 ? call.substring(0, 400) : call, "access.denied");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A refused call could not be audited: " + call, e);
        }
    }
}
