package org.sutiao.shared.application;

import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.InvalidInputException.FieldError;
import org.sutiao.shared.domain.Money;
import org.sutiao.shared.domain.MoneyPolicy;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The {@link MoneyPolicy} applied to every amount of a request body before any service runs (issue 9 §4, plausible
 * values): each {@link WireMoney} (with its currency's cap when the currency is money in use) and each String
 * marked {@link MoneyAmount}, found by reflection through records and lists, so that a money field added tomorrow
 * is checked by its type. Errors name the path as clients wrote it ({@code claims[1].amount.amount}).
 */
public final class MoneyScan {
    private static final int MAX_DEPTH = 16;

    private MoneyScan() {
    }

    /** Every implausible amount of {@code input}. */
    public static List<FieldError> scan(Object input) {
        List<FieldError> errors = new ArrayList<>();
        walk(input, "", false, errors, 0);
        return errors;
    }

    /** Throws {@code validation.failed} naming each implausible amount. */
    public static void check(Object input) {
        List<FieldError> errors = scan(input);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void walk(Object value, String path, boolean marked, List<FieldError> errors, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof WireMoney m) {
            String currency = m.currency() == null ? null : m.currency().strip().toUpperCase(java.util.Locale.ROOT);
            amount(join(path, "amount"), m.amount(), Money.inUse(currency) ? currency : null, errors);
        } else if (value instanceof String s) {
            if (marked) {
                amount(path, s, null, errors);
            }
        } else if (value instanceof Collection<?> c) {
            int i = 0;
            for (Object element : c) {
                walk(element, path + "[" + i++ + "]", marked, errors, depth + 1);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                walk(read(c, value), join(path, c.getName()), c.isAnnotationPresent(MoneyAmount.class), errors,
                        depth + 1);
            }
        }
    }

    private static void amount(String path, String text, String currency, List<FieldError> errors) {
        BigDecimal amount;
        try {
            amount = MoneyPolicy.parse(path, text);
        } catch (InvalidInputException e) {
            errors.addAll(e.fieldErrors());
            return;
        }
        FieldError e = MoneyPolicy.check(path, amount, currency, MoneyPolicy.Sign.ZERO_ALLOWED);
        if (e != null) {
            errors.add(e);
        }
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            c.getAccessor().setAccessible(true);
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
