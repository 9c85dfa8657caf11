package org.sutiao.shared.application;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.PlainText;
import org.sutiao.shared.domain.TextPolicy;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The {@link TextPolicy} applied to every String of a request, found by reflection, so that a field added
 * tomorrow is checked without anyone remembering: record components, fields of the application's own classes,
 * elements of lists and maps, and strings inside JSON values, to a depth of 16. A String is single-line unless
 * its component or field carries {@code @PlainText(multiline = true)}. Source: issue 9 §4.
 */
public final class PlainTextScan {
    private static final int MAX_DEPTH = 16;

    private PlainTextScan() {
    }

    /** Every String of {@code input} that breaks the policy, with its path as clients wrote it ({@code parties[1].name}). */
    public static List<InvalidInputException.FieldError> scan(Object input) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        walk(input, "", false, errors, 0);
        return errors;
    }

    /** Throws when {@link #scan} finds anything. */
    public static void check(Object input) {
        List<InvalidInputException.FieldError> errors = scan(input);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void walk(Object value, String path, boolean multiline, List<InvalidInputException.FieldError> errors,
                             int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof CharSequence s) {
            InvalidInputException.FieldError e = TextPolicy.check(path, s.toString(), multiline);
            if (e != null) {
                errors.add(e);
            }
        } else if (value instanceof JsonString s) {
            walk(s.getString(), path, multiline, errors, depth + 1);
        } else if (value instanceof JsonObject o) {
            o.forEach((k, v) -> {
                walk(k, join(path, "<key>"), false, errors, depth + 1);
                walk(v, join(path, k), multiline, errors, depth + 1);
            });
        } else if (value instanceof JsonArray a) {
            for (int i = 0; i < a.size(); i++) {
                walk(a.get(i), path + "[" + i + "]", multiline, errors, depth + 1);
            }
        } else if (value instanceof Collection<?> c) {
            int i = 0;
            for (Object element : c) {
                walk(element, path + "[" + i++ + "]", multiline, errors, depth + 1);
            }
        } else if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                walk(k, join(path, "<key>"), false, errors, depth + 1);
                walk(v, join(path, String.valueOf(k)), multiline, errors, depth + 1);
            });
        } else if (value instanceof Object[] array) {
            for (int i = 0; i < array.length; i++) {
                walk(array[i], path + "[" + i + "]", multiline, errors, depth + 1);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                walk(read(c, value), join(path, c.getName()), multiline(c), errors, depth + 1);
            }
        } else if (value.getClass().getName().startsWith("org.sutiao.") && !value.getClass().isEnum()) {
            for (Class<?> t = value.getClass(); t != null && t != Object.class; t = t.getSuperclass()) {
                for (Field f : t.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic() && f.trySetAccessible()) {
                        PlainText p = f.getAnnotation(PlainText.class);
                        walk(get(f, value), join(path, f.getName()), p != null && p.multiline(), errors, depth + 1);
                    }
                }
            }
        }
    }

    /** True when the component, its accessor or its field allow line breaks. */
    static boolean multiline(RecordComponent c) {
        PlainText p = c.getAnnotation(PlainText.class);
        if (p == null) {
            p = c.getAccessor().getAnnotation(PlainText.class);
        }
        return p != null && p.multiline();
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            c.getAccessor().setAccessible(true);
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            return null;
        }
    }

    private static Object get(Field f, Object target) {
        try {
            return f.get(target);
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
