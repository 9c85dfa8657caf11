package org.sutiao.audit.application;

import org.junit.jupiter.api.Test;
import org.sutiao.cases.application.CasePart;
import org.sutiao.cases.application.FullAccessService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every action the audit log can hold has a label in both languages, so the viewer and a case's access trail never
 * show a method name: the actions are generated from the code (each business method of an {@link Audited} service,
 * each part of a case read, the break-glass grant), so a new service method is covered without anyone adding it.
 */
class AuditActionLabelsTest {

    static Set<String> actions() throws IOException, URISyntaxException {
        Set<String> actions = new TreeSet<>();
        Path root = Path.of(Audited.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList()) {
                String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, AuditActionLabelsTest.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                if (type.isAnnotationPresent(Audited.class) && !type.isAnnotationPresent(jakarta.interceptor.Interceptor.class)) {
                    for (Method m : type.getDeclaredMethods()) {
                        if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                                && !m.isSynthetic()) {
                            actions.add(AuditInterceptor.action(m));
                        }
                    }
                }
            }
        }
        Arrays.stream(CasePart.values()).map(CasePart::auditAction).forEach(actions::add);
        actions.add(FullAccessService.GRANTED);
        actions.add(org.sutiao.identity.application.LoginThrottle.LOGIN_FAILED);
        actions.add(org.sutiao.identity.application.LoginThrottle.LOGIN_LOCKED);
        actions.add(org.sutiao.identity.application.LoginAttempts.UNLOCK);
        actions.add(org.sutiao.identity.application.AccountBootstrap.BOOTSTRAP_OPERATOR);
        actions.add(AuditLog.ACCESS_DENIED);
        actions.add(org.sutiao.identity.application.PartyAccountService.IDENTITY_SUPERSEDED);
        return actions;
    }

    private static Properties bundle(String language) {
        Properties p = new Properties();
        try (InputStream in = AuditActionLabelsTest.class.getResourceAsStream(
                "/org/sutiao/i18n/messages_" + language + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    @Test
    void everyAuditedActionHasALabelInChineseAndEnglish() throws Exception {
        Set<String> actions = actions();
        assertTrue(actions.size() > 40, "the scan found the audited services: " + actions);
        for (String language : new String[]{"zh", "en"}) {
            Properties messages = bundle(language);
            Set<String> missing = new TreeSet<>();
            for (String a : actions) {
                if (!messages.containsKey("auditAction." + a)) {
                    missing.add("auditAction." + a);
                }
            }
            assertTrue(missing.isEmpty(), "missing in messages_" + language.toLowerCase(Locale.ROOT) + ": "
                    + String.join("\n", missing));
        }
    }
}
