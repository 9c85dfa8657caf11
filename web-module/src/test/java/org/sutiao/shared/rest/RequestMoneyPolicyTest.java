package org.sutiao.shared.rest;

import jakarta.ws.rs.ext.Provider;
import org.junit.jupiter.api.Test;
import org.sutiao.shared.application.MoneyAmount;
import org.sutiao.shared.application.MoneyScan;
import org.sutiao.shared.domain.InvalidInputException.FieldError;
import org.sutiao.shared.domain.MoneyPolicy;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated from the resource model: every amount of every request body of every resource method, found by
 * reflection over the compiled resources, is held to the {@link MoneyPolicy} at the wire — 10^12 CNY, 10^14 of any
 * currency, a negative amount and three decimals are refused on their path, a plausible amount passes. A field whose
 * name says money but which is neither a {@code WireMoney} nor marked {@code @MoneyAmount} fails the test, so a
 * money field added tomorrow cannot slip past the policy.
 */
class RequestMoneyPolicyTest {
    private static List<RequestModel.MoneyField> fields() {
        List<RequestModel.MoneyField> all = new ArrayList<>();
        RequestModel.bodyTypes().forEach(b -> all.addAll(RequestModel.moneyLikeFields(b)));
        return all;
    }

    @Test
    void everyFieldThatNamesMoneyIsMoneyOnTheWire() {
        List<String> unmarked = new ArrayList<>();
        for (RequestModel.MoneyField f : fields()) {
            RecordComponent last = f.components().get(f.components().size() - 1);
            if (!f.wire() && !(last.getType() == String.class && last.isAnnotationPresent(MoneyAmount.class))) {
                unmarked.add(f.body().getSimpleName() + "." + f.path() + " : " + last.getType().getSimpleName());
            }
        }
        assertEquals(List.of(), unmarked);
        assertTrue(fields().size() >= 10, "amounts found: " + fields());
    }

    @Test
    void everyAmountOfEveryRequestIsHeldToThePolicy() {
        List<String> missed = new ArrayList<>();
        int checked = 0;
        Map<String, String> refused = Map.of("1000000000000", "validation.money.tooLarge",
                "100000000000000", "validation.money.tooLarge", "-1", "validation.money.negative",
                "1.001", "validation.money.scale", "一百", "validation.money.format");
        for (RequestModel.MoneyField f : fields()) {
            String expectedPath = f.wire() ? f.path() + ".amount" : f.path();
            for (var bad : refused.entrySet()) {
                if (!f.wire() && bad.getKey().equals("1000000000000")) {
                    continue; // a bare amount has no currency yet: 10^13 is its cap, the service applies CNY's
                }
                List<FieldError> errors = MoneyScan.scan(body(f, bad.getKey()));
                if (errors.size() != 1 || !errors.get(0).field().equals(expectedPath)
                        || !errors.get(0).messageKey().equals(bad.getValue())) {
                    missed.add(f.body().getSimpleName() + "." + f.path() + " " + bad.getKey() + " → " + errors);
                }
            }
            List<FieldError> fine = MoneyScan.scan(body(f, "452000.00"));
            if (!fine.isEmpty()) {
                missed.add(f.body().getSimpleName() + "." + f.path() + " plausible → " + fine);
            }
            checked++;
        }
        assertEquals(List.of(), missed);
        assertTrue(checked >= 10, "amounts checked: " + checked);
    }

    @Test
    void theBoundaryAppliesItToEveryBody() {
        assertTrue(MoneyInterceptor.class.isAnnotationPresent(Provider.class));
    }

    private static Object body(RequestModel.MoneyField f, String amount) {
        return RequestModel.build(f.body(), f.components(), 0, raw -> {
            if (raw == String.class) {
                return amount;
            }
            try {
                var c = raw.getDeclaredConstructor(String.class, String.class);
                c.setAccessible(true);
                return c.newInstance(amount, "CNY");
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(raw.getName(), e);
            }
        });
    }
}
