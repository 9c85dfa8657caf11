package org.sutiao.shared.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The JAX-RS resource model of the web module, read from its compiled classes: every resource method with an
 * HTTP method, the type of its request body, and every String inside that type (record components, lists of
 * records), as paths a client writes ({@code respondents[0].name}).
 */
final class RequestModel {
    private RequestModel() {
    }

    /** A String of a request body: the body type, the path to it, and whether it may hold line breaks. */
    record TextField(Class<?> body, String path, List<RecordComponent> components) {
    }

    /** Every class of the web module under {@code org.sutiao}. */
    static List<Class<?>> classes() {
        try {
            Path root = Path.of(RequestModel.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .getParent().resolve("classes");
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(f -> f.toString().endsWith(".class"))
                        .map(f -> root.relativize(f).toString().replace('/', '.').replace('\\', '.'))
                        .map(n -> n.substring(0, n.length() - ".class".length()))
                        .map(RequestModel::load)
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, RequestModel.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body types of every resource method (the parameter without a JAX-RS annotation). */
    static Set<Class<?>> bodyTypes() {
        Set<Class<?>> bodies = new LinkedHashSet<>();
        for (Class<?> c : classes()) {
            for (Method m : c.getDeclaredMethods()) {
                if (!isResourceMethod(m)) {
                    continue;
                }
                for (Parameter p : m.getParameters()) {
                    if (!isBound(p)) {
                        bodies.add(p.getType());
                    }
                }
            }
        }
        return bodies;
    }

    static boolean isResourceMethod(Method m) {
        return Stream.of(m.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    private static boolean isBound(Parameter p) {
        for (Annotation a : p.getAnnotations()) {
            Class<?> t = a.annotationType();
            if (t == PathParam.class || t == QueryParam.class || t == HeaderParam.class || t == FormParam.class
                    || t == MatrixParam.class || t == CookieParam.class || t == BeanParam.class || t == Context.class) {
                return true;
            }
        }
        return false;
    }

    /** Every String reachable in {@code body}, with the record components leading to it. */
    static List<TextField> textFields(Class<?> body) {
        List<TextField> out = new ArrayList<>();
        collect(body, body, "", new ArrayList<>(), out, 0);
        return out;
    }

    private static void collect(Class<?> body, Type type, String path, List<RecordComponent> chain, List<TextField> out,
                                int depth) {
        if (depth > 8) {
            return;
        }
        Class<?> raw = raw(type);
        if (raw == String.class) {
            out.add(new TextField(body, path, List.copyOf(chain)));
        } else if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
            collect(body, p.getActualTypeArguments()[0], path + "[0]", chain, out, depth + 1);
        } else if (raw.isRecord()) {
            for (RecordComponent c : raw.getRecordComponents()) {
                List<RecordComponent> next = new ArrayList<>(chain);
                next.add(c);
                collect(body, c.getGenericType(), path.isEmpty() ? c.getName() : path + "." + c.getName(), next, out,
                        depth + 1);
            }
        }
    }

    /** An amount of a request body: a {@code WireMoney} record, or a String marked {@code @MoneyAmount}. */
    record MoneyField(Class<?> body, String path, List<RecordComponent> components, boolean wire) {
    }

    /**
     * Every component of {@code body} (through records and lists) whose name says money — {@code amount},
     * {@code …Amount}, {@code …Fee}, {@code …Rate}, {@code …Bound}, {@code price}, {@code total} — or whose type is
     * a {@code WireMoney}, with the path to it.
     */
    static List<MoneyField> moneyLikeFields(Class<?> body) {
        List<MoneyField> out = new ArrayList<>();
        collectMoney(body, body, "", new ArrayList<>(), out, 0);
        return out;
    }

    static boolean moneyName(String name) {
        return name.matches("(?i)amount|.*Amount|.*Fee|.*Rate|.*Bound|price|.*Price|total|.*Total");
    }

    private static void collectMoney(Class<?> body, Type type, String path, List<RecordComponent> chain,
                                     List<MoneyField> out, int depth) {
        if (depth > 8) {
            return;
        }
        Class<?> raw = raw(type);
        if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
            collectMoney(body, p.getActualTypeArguments()[0], path + "[0]", chain, out, depth + 1);
        } else if (raw.isRecord()) {
            for (RecordComponent c : raw.getRecordComponents()) {
                List<RecordComponent> next = new ArrayList<>(chain);
                next.add(c);
                String at = path.isEmpty() ? c.getName() : path + "." + c.getName();
                if (org.sutiao.shared.application.WireMoney.class.isAssignableFrom(c.getType())) {
                    out.add(new MoneyField(body, at, List.copyOf(next), true));
                } else if (moneyName(c.getName()) && !raw.isAssignableFrom(org.sutiao.shared.application.WireMoney.class)
                        && !org.sutiao.shared.application.WireMoney.class.isAssignableFrom(raw)) {
                    out.add(new MoneyField(body, at, List.copyOf(next), false));
                } else {
                    collectMoney(body, c.getGenericType(), at, next, out, depth + 1);
                }
            }
        }
    }

    /**
     * An instance of {@code type} holding {@code leaf}'s value at the path of {@code chain} (from {@code i}) and
     * nothing (null, zero, false) elsewhere.
     */
    static Object build(Type type, List<RecordComponent> chain, int i, java.util.function.Function<Class<?>, Object> leaf) {
        Class<?> raw = raw(type);
        if (i >= chain.size() && !Collection.class.isAssignableFrom(raw)) {
            return leaf.apply(raw);
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return List.of(build(((ParameterizedType) type).getActualTypeArguments()[0], chain, i, leaf));
        }
        RecordComponent[] components = raw.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int k = 0; k < components.length; k++) {
            types[k] = components[k].getType();
            if (i < chain.size() && components[k].getName().equals(chain.get(i).getName())
                    && components[k].getDeclaringRecord() == chain.get(i).getDeclaringRecord()) {
                args[k] = build(components[k].getGenericType(), chain, i + 1, leaf);
            } else {
                args[k] = empty(types[k]);
            }
        }
        try {
            java.lang.reflect.Constructor<?> c = raw.getDeclaredConstructor(types);
            c.setAccessible(true);
            return c.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(raw.getName(), e);
        }
    }

    private static Object empty(Class<?> type) {
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == double.class) {
            return 0d;
        }
        return null;
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }
}
