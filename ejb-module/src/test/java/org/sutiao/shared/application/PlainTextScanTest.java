package org.sutiao.shared.application;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.PlainText;
import org.sutiao.shared.domain.TextPolicy;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every String of a request is found, with its path, and is single-line unless marked. */
class PlainTextScanTest {
    record Claim(@PlainText(multiline = true) String text, String currency) {
    }

    record Request(String name, @PlainText(multiline = true) String facts, List<Claim> claims, List<String> tags,
                   Map<String, String> extra, jakarta.json.JsonValue raw, int count) {
    }

    static final class Holder {
        private final String title;

        Holder(String title) {
            this.title = title;
        }
    }

    private static List<String> fields(Object input) {
        return PlainTextScan.scan(input).stream().map(InvalidInputException.FieldError::field).toList();
    }

    @Test
    void cleanInputPasses() {
        assertTrue(PlainTextScan.scan(new Request("北京卓衡", "第一行\n第二行", List.of(new Claim("支付\n货款", "CNY")),
                List.of("a"), Map.of("k", "v"), Json.createValue("x"), 1)).isEmpty());
        assertTrue(PlainTextScan.scan(null).isEmpty());
    }

    @Test
    void everyNestedStringIsReachedWithItsPath() {
        Request r = new Request("a\u202E", "b\u0000", List.of(new Claim("ok", "ok"), new Claim("c\u200B", "C\u202ENY")),
                List.of("ok", "t\uFEFF"), Map.of("k", "v\u2066"),
                Json.createObjectBuilder().add("inner", Json.createArrayBuilder().add("\u202D")).build(), 0);
        assertEquals(List.of("name", "facts", "claims[1].text", "claims[1].currency", "tags[1]", "extra.k",
                "raw.inner[0]"), fields(r));
    }

    @Test
    void lineBreaksOnlyInMarkedComponents() {
        Request r = new Request("北京\n卓衡", "事实\n经过", List.of(new Claim("请求\n一", "CN\nY")), List.of(), Map.of(),
                null, 0);
        List<InvalidInputException.FieldError> errors = PlainTextScan.scan(r);
        assertEquals(List.of("name", "claims[0].currency"), errors.stream().map(InvalidInputException.FieldError::field)
                .toList());
        assertTrue(errors.stream().allMatch(e -> e.messageKey().equals(TextPolicy.LINE_BREAK)));
    }

    @Test
    void fieldsOfApplicationClassesToo() {
        assertEquals(List.of("title"), fields(new Holder("x\u0007")));
    }

    @Test
    void checkThrowsWithEveryField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PlainTextScan.check(new Claim("\u0000", "\u202E")));
        assertEquals(2, e.fieldErrors().size());
    }
}
