package org.sutiao.shared.rest;

import jakarta.ws.rs.ext.Provider;
import org.junit.jupiter.api.Test;
import org.sutiao.shared.application.PlainTextScan;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.PlainText;
import org.sutiao.shared.domain.TextPolicy;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated from the resource model: every String of every request body of every resource method, found by
 * reflection over the compiled resources, is refused with a NUL, U+202E or U+200B and named by its path; a line
 * break passes exactly where the field is marked multi-line. A field added tomorrow is in this test by itself.
 */
class RequestTextPolicyTest {
    private static final Set<String> MULTI_LINE = Set.of("facts", "terms", "text", "reason", "details", "minutes",
            "basicSituation", "failureReasons", "notesForCourt", "description", "evidence", "method", "notes", "note",
            "comments", "conflictOverrideReason", "participants", "contentBase64", "scanBase64", "findings", "problems",
            "measures");

    @Test
    void theModelHoldsTheKnownRequests() {
        Set<Class<?>> bodies = RequestModel.bodyTypes();
        assertTrue(bodies.size() >= 40, "request bodies found: " + bodies.size());
        assertTrue(bodies.stream().anyMatch(b -> b.getSimpleName().equals("ReferralRequest")));
        assertTrue(bodies.stream().anyMatch(b -> b.getSimpleName().equals("FailureReportRequest")));
    }

    @Test
    void everyStringOfEveryRequestBodyIsUnderThePolicy() {
        int checked = 0;
        List<String> missed = new ArrayList<>();
        for (Class<?> body : RequestModel.bodyTypes()) {
            for (RequestModel.TextField f : RequestModel.textFields(body)) {
                for (String bad : List.of("x\u202Ey", "x\u0000y", "x\u200By")) {
                    List<InvalidInputException.FieldError> errors = PlainTextScan.scan(build(body, f.components(), 0, bad));
                    if (errors.size() != 1 || !errors.get(0).field().equals(f.path())
                            || !errors.get(0).messageKey().equals(TextPolicy.UNSAFE_CHARACTER)) {
                        missed.add(body.getSimpleName() + "." + f.path() + " " + errors);
                    }
                }
                checked++;
            }
        }
        assertEquals(List.of(), missed);
        assertTrue(checked >= 150, "text fields checked: " + checked);
    }

    @Test
    void lineBreaksPassOnlyInMultiLineFields() {
        List<String> wrong = new ArrayList<>();
        for (Class<?> body : RequestModel.bodyTypes()) {
            for (RequestModel.TextField f : RequestModel.textFields(body)) {
                RecordComponent last = f.components().get(f.components().size() - 1);
                boolean multiline = last.isAnnotationPresent(PlainText.class)
                        && last.getAnnotation(PlainText.class).multiline();
                boolean refused = !PlainTextScan.scan(build(body, f.components(), 0, "一\n二")).isEmpty();
                if (refused == multiline) {
                    wrong.add(body.getSimpleName() + "." + f.path());
                }
                if (multiline != MULTI_LINE.contains(last.getName())) {
                    wrong.add("marking of " + body.getSimpleName() + "." + f.path());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theBoundaryAppliesItToEveryBody() {
        assertTrue(PlainTextInterceptor.class.isAnnotationPresent(Provider.class));
        assertTrue(PlainTextQueryFilter.class.isAnnotationPresent(Provider.class));
    }

    /** An instance of {@code type} holding {@code value} at the path of {@code chain} (from {@code i}), else empty. */
    private static Object build(Type type, List<RecordComponent> chain, int i, String value) {
        return RequestModel.build(type, chain, i, leaf -> value);
    }
}
