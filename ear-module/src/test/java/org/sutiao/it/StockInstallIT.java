package org.sutiao.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 13 §3: the install bundle on a stock WildFly 39 distribution from Maven Central, as an operator does it:
 * unzip the server, copy the bundle's overlay (modules with their jars, fonts, the EAR), run configure-sutiao.cli
 * offline twice (the second run changes nothing and fails nothing), start the server with its settings in the
 * environment (database, TLS keystore, JSON log) on a port offset of its own, then check that the EAR deployed with no
 * ERROR and no WARN with a stack trace, that {@code /api/v1/health}, {@code /health/ready} and {@code /prometheus}
 * answer (Sutiao's checks and meters, the data source's pool), that HTTPS serves the keystore and marks the session
 * cookie Secure; stop it and run restore-sutiao.cli: standalone.xml is the stock one again.
 */
class StockInstallIT {
    private static final int OFFSET = Integer.getInteger("it.port.offset", 0) + 37;
    private static final Duration BOOT = Duration.ofMinutes(5);
    /** The WARNs of a clean start (docs/OPERATIONS.md §9): the keystores WildFly generates, H2 outside production. */
    private static final java.util.regex.Pattern EXPECTED_WARNINGS = java.util.regex.Pattern.compile(
            "WFLYELY00023|WFLYELY01084|Running on the embedded H2 database");
    private final Path work = Path.of(System.getProperty("it.work", "target/stock-install"));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theBundleInstallsOnAStockServerBootsCleanAndRestores() throws Exception {
        deleteTree(work);
        Files.createDirectories(work);
        unzip(Path.of(System.getProperty("it.wildfly.dist")), work);
        unzip(Path.of(System.getProperty("it.bundle.zip")), work);
        Path home = only(work, "wildfly-");
        Path bundle = only(work, "sutiao-install-");
        copyTree(bundle.resolve("overlay"), home);
        Path config = home.resolve("standalone/configuration/standalone.xml");
        String stock = Files.readString(config);

        String first = cli(home, bundle.resolve("configure-sutiao.cli"));
        String second = cli(home, bundle.resolve("configure-sutiao.cli"));
        assertFalse(first.contains("\"failed\"") || second.contains("\"failed\""), first + second);
        assertFalse(second.contains("The batch executed successfully"), "a second run adds nothing:\n" + second);

        Path console = work.resolve("console.log");
        Process server = boot(home, console);
        try {
            String base = "http://localhost:" + (8080 + OFFSET);
            String management = "http://localhost:" + (9990 + OFFSET);
            JsonObject health = awaitHealth(base + "/sutiao/api/v1/health", server, console);
            assertEquals("UP", health.getString("status"), health.toString());
            assertEquals("UP", health.getJsonObject("checks").getJsonObject("flyway").getString("status"));
            assertEquals("UP", health.getJsonObject("checks").getJsonObject("deadlineTimer").getString("status"));

            HttpResponse<String> ready = get(http, management + "/health/ready");
            assertEquals(200, ready.statusCode(), ready.body());
            assertTrue(ready.body().contains("\"sutiao.ear\":\"OK\""), ready.body());
            assertEquals(200, get(http, management + "/health/live").statusCode());
            String metrics = get(http, management + "/prometheus").body();
            for (String meter : List.of("datasources_pool_active_count{", "sutiao_cases{", "sutiao_acceptances_overdue",
                    "sutiao_logins_failed_total")) {
                assertTrue(metrics.contains(meter), meter + " missing from /prometheus");
            }
            assertTrue(metrics.lines().anyMatch(l -> l.startsWith("datasources_pool_") && l.contains("SutiaoDS")));

            HttpClient tls = HttpClient.newBuilder().sslContext(trusting(keystore())).connectTimeout(Duration.ofSeconds(5))
                    .build();
            String secure = "https://localhost:" + (8443 + OFFSET) + "/sutiao";
            assertEquals(200, get(tls, secure + "/api/v1/health").statusCode());
            HttpResponse<String> page = get(tls, secure + "/login.xhtml");
            List<String> cookies = page.headers().allValues("Set-Cookie");
            assertTrue(cookies.stream().anyMatch(c -> c.startsWith("JSESSIONID") && c.toLowerCase(java.util.Locale.ROOT).contains("; secure")),
                    "session cookie over HTTPS: " + cookies);

            List<String> lines = Files.readAllLines(console, StandardCharsets.UTF_8);
            List<String> json = lines.stream().filter(l -> l.startsWith("{")).toList();
            assertTrue(json.size() > 20, "JSON log lines (SUTIAO_LOG_FORMAT=json)");
            for (String line : json) {
                JsonObject record = Json.createReader(new StringReader(line)).readObject();
                String level = record.getString("level", "");
                assertFalse(level.equals("ERROR") || level.equals("FATAL"), line);
                assertFalse(level.equals("WARN") && record.containsKey("stackTrace"), line);
                String message = record.getString("message", "");
                assertFalse(level.equals("WARN") && !EXPECTED_WARNINGS.matcher(message).lookingAt(),
                        "a clean start has only the expected WARNs (docs/OPERATIONS.md §9): " + line);
            }
            assertTrue(lines.stream().anyMatch(l -> l.contains("WFLYSRV0010") && l.contains("sutiao.ear")),
                    "sutiao.ear deployed");
            assertFalse(lines.stream().anyMatch(l -> l.contains("WFLYTX0013")), "node identifier set");

            // The same scripts against the running server: configure again (nothing to add; it restarts the server),
            String controller = "--controller=localhost:" + (9990 + OFFSET);
            String online = cli(home, bundle.resolve("configure-sutiao.cli"),
                    "--properties=" + bundle.resolve("online.properties").toAbsolutePath(), controller, "--timeout=180000");
            assertFalse(online.contains("The batch executed successfully"), "nothing to add:\n" + online);
            assertEquals("UP", awaitHealth(base + "/sutiao/api/v1/health", server, console).getString("status"));
            // then undeploy and restore while it runs (it restarts as the stock server).
            Path ear = home.resolve("standalone/deployments/sutiao.ear");
            Files.delete(ear);
            awaitFile(home.resolve("standalone/deployments/sutiao.ear.undeployed"), server, console);
            cli(home, bundle.resolve("restore-sutiao.cli"),
                    "--properties=" + bundle.resolve("online.properties").toAbsolutePath(), controller, "--timeout=180000");
            assertEquals(200, awaitStatus(management + "/health/live", server, console));
            List<String> after = Files.readAllLines(console, StandardCharsets.UTF_8);
            // a persistent timer that falls due in the moment the undeployment stops its bean is refused by WildFly
            // (WFLYEJB0020 … ComponentIsStoppedException, seen once when the 30-s scan met the undeployment); the
            // timer runs again on the next start, so that one line is not the application's error
            assertFalse(after.stream().anyMatch(l -> (l.contains("\"level\":\"ERROR\"") || l.contains(" ERROR "))
                            && !(l.contains("WFLYEJB0020") && l.contains("ComponentIsStoppedException"))),
                    "no ERROR configuring and restoring a running server");
        } finally {
            stop(home, server);
        }
        assertEquals(stock, Files.readString(config), "restore-sutiao.cli gives back the stock configuration");
        cli(home, bundle.resolve("restore-sutiao.cli"));
        assertEquals(stock, Files.readString(config), "offline, a second restore changes nothing");
    }

    private void awaitFile(Path file, Process server, Path console) throws Exception {
        Instant until = Instant.now().plus(BOOT);
        while (!Files.exists(file) && Instant.now().isBefore(until)) {
            assertTrue(server.isAlive(), () -> "the server stopped:\n" + read(console));
            Thread.sleep(1000);
        }
        assertTrue(Files.exists(file), file + " within " + BOOT);
    }

    private int awaitStatus(String url, Process server, Path console) throws Exception {
        Instant until = Instant.now().plus(BOOT);
        int status = -1;
        while (Instant.now().isBefore(until)) {
            assertTrue(server.isAlive(), () -> "the server stopped:\n" + read(console));
            try {
                status = get(http, url).statusCode();
                if (status == 200) {
                    return status;
                }
            } catch (IOException e) {
                // restarting
            }
            Thread.sleep(2000);
        }
        return status;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private Process boot(Path home, Path console) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("bash", "bin/standalone.sh",
                "-Djboss.socket.binding.port-offset=" + OFFSET).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(console.toFile());
        Map<String, String> env = pb.environment();
        String driver = System.getProperty("it.db.driver", "h2");
        env.put("SUTIAO_DB_DRIVER", driver);
        env.put("SUTIAO_DB_URL", "h2".equals(driver)
                ? "jdbc:h2:file:" + work.toAbsolutePath().resolve("db/sutiao") + ";DB_CLOSE_ON_EXIT=FALSE"
                : System.getProperty("it.db.url") + "_stock"); // its own database (the build makes it afresh)
        env.put("SUTIAO_DB_USER", System.getProperty("it.db.user", "sa"));
        env.put("SUTIAO_DB_PASSWORD", System.getProperty("it.db.password", "sa"));
        env.put("SUTIAO_TLS_KEYSTORE", keystore().toString());
        env.put("SUTIAO_TLS_KEYSTORE_PASSWORD", "sutiao-demo");
        env.put("SUTIAO_LOG_FORMAT", "json");
        env.put("JBOSS_JAVA_SIZING", "-Xms256m -Xmx1g");
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        return pb.start();
    }

    private static Path keystore() {
        return Path.of(System.getProperty("jboss.home"), "standalone/configuration/sutiao-tls.p12");
    }

    private JsonObject awaitHealth(String url, Process server, Path console) throws Exception {
        Instant until = Instant.now().plus(BOOT);
        while (Instant.now().isBefore(until)) {
            if (!server.isAlive()) {
                fail("the server stopped:\n" + Files.readString(console));
            }
            try {
                HttpResponse<String> r = get(http, url);
                if (r.statusCode() == 200) {
                    return Json.createReader(new StringReader(r.body())).readObject();
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(2000);
        }
        return fail("no healthy answer within " + BOOT + ":\n" + Files.readString(console));
    }

    private void stop(Path home, Process server) throws Exception {
        if (server.isAlive()) {
            new ProcessBuilder("bash", "bin/jboss-cli.sh", "--controller=localhost:" + (9990 + OFFSET), "-c",
                    ":shutdown").directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(work.resolve("shutdown.log").toFile()).start().waitFor(60, TimeUnit.SECONDS);
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.descendants().forEach(ProcessHandle::destroyForcibly);
                server.destroyForcibly();
            }
        }
    }

    private String cli(Path home, Path script, String... options) throws Exception {
        Path out = Files.createTempFile(work, "cli", ".log");
        List<String> command = new java.util.ArrayList<>(List.of("bash", "bin/jboss-cli.sh",
                "--file=" + script.toAbsolutePath()));
        command.addAll(List.of(options));
        Process p = new ProcessBuilder(command)
                .directory(home.toFile()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(p.waitFor(6, TimeUnit.MINUTES), "CLI " + script + " finished");
        String text = Files.readString(out);
        assertEquals(0, p.exitValue(), script + ":\n" + text);
        return text;
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static SSLContext trusting(Path p12) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            ks.load(in, "sutiao-demo".toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }

    private static Path only(Path dir, String prefix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> found = s.filter(p -> p.getFileName().toString().startsWith(prefix) && Files.isDirectory(p))
                    .toList();
            assertEquals(1, found.size(), prefix + " in " + dir);
            return found.get(0);
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = into.resolve(e.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("entry outside the target: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                List<Path> all = new ArrayList<>(s.toList());
                all.sort(Comparator.reverseOrder());
                for (Path p : all) {
                    Files.delete(p);
                }
            }
        }
    }
}
