package org.sutiao.audit.application;

import jakarta.ejb.EJBException;
import jakarta.interceptor.InvocationContext;
import org.junit.jupiter.api.Test;
import org.sutiao.cases.application.ReferralResult;
import org.sutiao.shared.domain.ConflictException;
import org.sutiao.shared.domain.InvalidInputException;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditInterceptorTest {

    /** Stands for a service; compiled with parameter names like the services. */
    static class Service {
        public void accept(Long caseId, String mediatorCode, Long expectedVersion, String conflictOverrideReason) {
        }

        public void approve(Long reportId, String comments) {
        }

        public void rule(Long caseId, LocalDate date, String reason) {
        }

        public void register(org.sutiao.identity.application.PartyAccountService.Registration r) {
        }

        public void unlock(String username) {
        }
    }

    private static InvocationContext call(String name, Object... args) {
        Method m = java.util.Arrays.stream(Service.class.getMethods()).filter(x -> x.getName().equals(name))
                .findFirst().orElseThrow();
        return new InvocationContext() {
            public Object getTarget() { return null; }
            public Object getTimer() { return null; }
            public Method getMethod() { return m; }
            public Constructor<?> getConstructor() { return null; }
            public Object[] getParameters() { return args; }
            public void setParameters(Object[] params) { }
            public Map<String, Object> getContextData() { return Map.of(); }
            public Object proceed() { return null; }
        };
    }

    @Test
    void theCaseIsTheFirstParameterWhenItIsALongCaseId() {
        assertEquals(42L, AuditInterceptor.caseId(call("accept", 42L, "M0009", 3L, null)));
        assertNull(AuditInterceptor.caseId(call("approve", 42L, "fine")), "a report id is not a case id");
    }

    @Test
    void aNewCasesIdComesFromTheResult() {
        assertEquals(7L, AuditInterceptor.caseIdOf(new ReferralResult(7L, true)));
        assertNull(AuditInterceptor.caseIdOf("7"));
        assertNull(AuditInterceptor.caseIdOf(null));
    }

    @Test
    void theDetailShowsCodesNumbersAndDatesButNoFreeText() {
        String d = AuditInterceptor.detail(call("accept", 42L, "M0009", 3L, "the parties are cousins"), 12);
        assertEquals("Service.accept(mediatorCode=M0009, expectedVersion=3) → 12", d);
        String r = AuditInterceptor.detail(call("rule", 42L, LocalDate.of(2026, 12, 1), "secret reasons"), null);
        assertEquals("Service.rule(date=2026-12-01)", r);
        assertTrue(AuditInterceptor.detail(call("approve", 1L, "x"), new Verification(true, 3, null, 0))
                .endsWith("→ intact=true, entries=3"));
    }

    @Test
    void theOutcomeIsTheRefusalsCode() {
        assertEquals("case.illegalTransition", AuditInterceptor.outcome(new ConflictException("case.illegalTransition")));
        assertEquals("validation.failed: mediatorCode=mediator.unknown",
                AuditInterceptor.outcome(new InvalidInputException("mediatorCode", "mediator.unknown", "M9")));
        assertEquals("case.illegalTransition", AuditInterceptor.outcome(
                new EJBException(new ConflictException("case.illegalTransition"))), "unwrapped");
        assertEquals("IllegalStateException", AuditInterceptor.outcome(new IllegalStateException("boom")));
    }

    @Test
    void aCallWithoutLoginIsRecordedUnderTheUsernameItNames() {
        assertEquals("new.party.7", AuditInterceptor.claimedUsername(call("register",
                new org.sutiao.identity.application.PartyAccountService.Registration("new.party.7", "Secret-2026-x",
                        "某某"))));
        assertEquals("ops.someone", AuditInterceptor.claimedUsername(call("unlock", "ops.someone")));
        assertNull(AuditInterceptor.claimedUsername(call("accept", 42L, "M0009", 3L, null)), "names nobody");
    }
}
