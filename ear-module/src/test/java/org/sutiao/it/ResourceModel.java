package org.sutiao.it;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The JAX-RS resource methods of the application, read from the EAR as it ships (not from a hand-kept list): the web
 * module's classes are unpacked and every public method of a {@code @Path} class that carries an HTTP method
 * annotation becomes one {@link Endpoint}. A new endpoint is in the model without anyone adding it.
 */
public final class ResourceModel {
    private ResourceModel() {
    }

    /** One resource method: its HTTP method and its path template under {@code /api/v1}. */
    public record Endpoint(String method, String template, String javaName) {
        /** The path with each {@code {param}} (or {@code {param: regex}}) replaced by {@code value(param)}. */
        public String path(java.util.function.Function<String, String> value) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)(\\s*:[^}]*)?}").matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value.apply(m.group(1))));
            }
            m.appendTail(out);
            return out.toString();
        }

        @Override
        public String toString() {
            return method + " " + template + " (" + javaName + ")";
        }
    }

    /** Every resource method of the web module inside the EAR at {@code earPath}, sorted by path and method. */
    public static List<Endpoint> endpoints(String earPath) {
        try {
            java.nio.file.Path dir = Files.createTempDirectory("sutiao-war");
            java.nio.file.Path classes = Files.createDirectories(dir.resolve("classes")); // exists: a directory URL
            List<URL> urls = new ArrayList<>();
            urls.add(classes.toUri().toURL());
            List<String> classNames = new ArrayList<>();
            try (ZipFile ear = new ZipFile(earPath)) {
                ZipEntry warEntry = ear.getEntry("web-module.war");
                try (ZipInputStream war = new ZipInputStream(ear.getInputStream(warEntry))) {
                    for (ZipEntry e; (e = war.getNextEntry()) != null; ) {
                        String name = e.getName();
                        if (e.isDirectory()) {
                            continue;
                        }
                        if (name.startsWith("WEB-INF/classes/")) {
                            String relative = name.substring("WEB-INF/classes/".length());
                            copy(war, classes.resolve(relative));
                            if (relative.endsWith(".class") && !relative.contains("$")) {
                                classNames.add(relative.substring(0, relative.length() - 6).replace('/', '.'));
                            }
                        } else if (name.startsWith("WEB-INF/lib/") && name.endsWith(".jar")) {
                            java.nio.file.Path jar = dir.resolve(name.substring("WEB-INF/lib/".length()));
                            copy(war, jar);
                            urls.add(jar.toUri().toURL());
                        }
                    }
                }
            }
            List<Endpoint> out = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ResourceModel.class.getClassLoader());
            for (String className : classNames) {
                Class<?> type;
                try {
                    type = Class.forName(className, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    skipped.add(className + ": " + e);
                    continue; // pages and filters may need what only the server has; resources do not
                }
                Path root = type.getAnnotation(Path.class);
                if (root == null || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                    continue;
                }
                for (Method m : type.getMethods()) {
                    String http = httpMethod(m);
                    if (http != null) {
                        Path sub = m.getAnnotation(Path.class);
                        out.add(new Endpoint(http, join(root.value(), sub == null ? "" : sub.value()),
                                type.getSimpleName() + "." + m.getName()));
                    }
                }
            }
            out.sort(Comparator.comparing(Endpoint::template).thenComparing(Endpoint::method));
            if (skipped.stream().anyMatch(n -> n.contains(".rest."))) {
                throw new IllegalStateException("resource classes that could not be read: " + skipped);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value();
            }
        }
        return null;
    }

    private static String join(String a, String b) {
        String path = ("/" + a + "/" + b).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static void copy(InputStream in, java.nio.file.Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.write(to, in.readAllBytes());
    }
}
