package org.sutiao.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sutiao.platform.health.PlatformStatus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an operator's monitoring sees (issue 13 §3, §4), inside the server: Sutiao's readiness checks on the
 * management interface's {@code /health/ready} and their DOWN when the deadline timer's last scan is stale; liveness;
 * Sutiao's figures and the data source pool on {@code /prometheus}; a body above 64 MiB answered 413 as a problem
 * document before it is read.
 */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {
    /** The management interface (9990 + the socket offset of the server this runs in). */
    static final String MANAGEMENT = "http://localhost:"
            + (9990 + Integer.getInteger("jboss.socket.binding.port-offset", 0));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(new Class<?>[]{OperationsIT.class, TestProbe.class, Api.class, Referrals.class});
    }

    @Inject
    TestProbe probe;
    @Inject
    PlatformStatus status;

    record Answer(int status, String body) {
        JsonObject json() {
            try (JsonReader r = Json.createReader(new StringReader(body))) {
                return r.readObject();
            }
        }

        /** Check name → its object. */
        Map<String, JsonObject> checks() {
            return json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                    .collect(Collectors.toMap(c -> c.getString("name"), c -> c, (a, b) -> a));
        }
    }

    static Answer get(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.body());
    }

    @Test
    void readinessListsSutiaosChecksAndGoesDownWhenTheDeadlineTimerIsStale() throws Exception {
        Answer ready = get(MANAGEMENT + "/health/ready");
        assertEquals(200, ready.status(), ready.body());
        Map<String, JsonObject> checks = ready.checks();
        for (String name : new String[]{"sutiao-database", "sutiao-flyway", "sutiao-deadline-timer"}) {
            assertNotNull(checks.get(name), name + " in " + ready.body());
            assertEquals("UP", checks.get(name).getString("status"), ready.body());
        }
        assertEquals(status.schemaVersion(), checks.get("sutiao-flyway").getJsonObject("data").getString("version"));
        Answer live = get(MANAGEMENT + "/health/live");
        assertEquals(200, live.status(), live.body());
        assertEquals("UP", live.checks().get("sutiao").getString("status"), live.body());

        String version = status.schemaVersion();
        Instant startedAt = status.startedAt();
        try {
            Answer stale = null;
            // the timer scans every 30 s and may refresh the record between the update and the probe: try again
            for (int attempt = 0; attempt < 3; attempt++) {
                status.migrated(version, Instant.now().minus(Duration.ofMinutes(10)));
                probe.lastDeadlineScanAt(Instant.now().minus(Duration.ofMinutes(3)));
                Thread.sleep(1100); // the checks share a report for 1 s
                stale = get(MANAGEMENT + "/health/ready");
                if (stale.status() == 503) {
                    break;
                }
            }
            assertEquals(503, stale.status(), stale.body());
            assertEquals("DOWN", stale.json().getString("status"));
            JsonObject timer = stale.checks().get("sutiao-deadline-timer");
            assertEquals("DOWN", timer.getString("status"), stale.body());
            assertTrue(timer.getJsonObject("data").getJsonNumber("secondsSinceLastScan").longValue() >= 170,
                    stale.body());
            assertEquals("UP", stale.checks().get("sutiao-database").getString("status"));
            Api.Reply api = Api.anonymous().get("/health");
            assertEquals(503, api.status(), "GET /api/v1/health tells the same: " + api.body());
        } finally {
            probe.lastDeadlineScanAt(Instant.now());
            status.migrated(version, startedAt);
        }
        Thread.sleep(1100);
        assertEquals(200, get(MANAGEMENT + "/health/ready").status());
    }

    @Test
    void prometheusListsSutiaosFiguresAndTheDataSourcePool() throws Exception {
        assertEquals(401, Api.as("nobody.ops2." + System.nanoTime(), "wrong-password-1").get("/cases").status());
        String text = get(MANAGEMENT + "/prometheus").body();
        for (String status : new String[]{"PENDING_ACCEPTANCE", "IN_MEDIATION", "CLOSED"}) {
            assertTrue(value(text, "sutiao_cases", "status=\"" + status + "\"") >= 0, status + ":\n" + sample(text));
        }
        assertTrue(value(text, "sutiao_cases", "status=\"PENDING_ACCEPTANCE\"") > 0, "the demo's pending cases");
        assertTrue(value(text, "sutiao_acceptances_overdue", "") > 0, "the demo's lapsed referrals");
        assertTrue(value(text, "sutiao_logins_failed_total", "") >= 1, sample(text));
        assertTrue(value(text, "sutiao_deadline_scan_seconds_count", "") >= 0, sample(text));
        assertTrue(value(text, "sutiao_deadline_scan_seconds_sum", "") >= 0, sample(text));
        assertTrue(value(text, "sutiao_deadlines_handled_total", "") >= 0, sample(text));
        assertTrue(value(text, "sutiao_deadlines_failed_total", "") >= 0, sample(text));
        assertTrue(value(text, "datasources_pool_in_use_count", "name=\"SutiaoDS\"") >= 0, "statistics on");
        assertTrue(value(text, "datasources_pool_max_used_count", "name=\"SutiaoDS\"") >= 1, "statistics on");
    }

    /** The value of the first sample of {@code metric} whose labels contain {@code label}; fails when none. */
    static double value(String text, String metric, String label) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(metric) + "(\\{[^}]*\\})? ([-0-9.Ee+NaInf]+)$").matcher(text);
        while (m.find()) {
            if (m.group(1) == null ? label.isEmpty() : m.group(1).contains(label)) {
                return Double.parseDouble(m.group(2));
            }
        }
        throw new AssertionError("no " + metric + " with " + label + ":\n" + sample(text));
    }

    private static String sample(String text) {
        return text.lines().filter(l -> l.startsWith("sutiao_")).collect(Collectors.joining("\n"));
    }

    @Test
    void aBodyAboveTheLimitAnswers413AsAProblemDocumentBeforeItIsRead() throws Exception {
        URI api = URI.create(Api.BASE);
        String auth = Base64.getEncoder().encodeToString("clerk.bj0105:Demo-Clerk-2026!".getBytes(StandardCharsets.UTF_8));
        try (Socket s = new Socket(api.getHost(), api.getPort())) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST " + api.getPath() + "/referrals HTTP/1.1\r\nHost: " + api.getHost() + ":" + api.getPort()
                    + "\r\nAuthorization: Basic " + auth + "\r\nAccept-Language: en\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + (64L * 1024 * 1024 + 1)
                    + "\r\n\r\n{\"kind\":\"DELEGATED\",\"materials\":[").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String reply = readReply(s.getInputStream());
            assertTrue(reply.startsWith("HTTP/1.1 413"), reply);
            assertTrue(reply.toLowerCase().contains("content-type: application/problem+json"), reply);
            String body = reply.substring(reply.indexOf("\r\n\r\n") + 4);
            assertTrue(body.contains("\"code\":\"request.tooLarge\""), body);
            assertTrue(body.contains("64 MiB"), body);
        }
    }

    @Test
    void textAnswersGoOutCompressedAndTheFaviconIsServed() throws Exception {
        String site = Api.BASE.substring(0, Api.BASE.indexOf("/api/"));
        for (String path : new String[]{"/login.xhtml", "/resources/css/sutiao.css", "/api/v1/fees"}) {
            HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(site + path))
                    .header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), path);
            assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse("none"), path);
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(r.body()))) {
                assertTrue(in.readAllBytes().length > r.body().length, path + ": the body inflates to more");
            }
        }
        HttpResponse<String> plain = HTTP.send(HttpRequest.newBuilder(URI.create(site + "/login.xhtml"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), "no gzip unless the client accepts it");
        assertTrue(plain.body().contains("/sutiao/resources/img/favicon.svg"), "the page names its icon");
        HttpResponse<String> icon = HTTP.send(HttpRequest.newBuilder(URI.create(site + "/resources/img/favicon.svg"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, icon.statusCode());
        assertTrue(icon.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
        assertTrue(plain.body().contains("/sutiao/favicon.ico"), "the page names the .ico too");
        HttpResponse<byte[]> ico = HTTP.send(HttpRequest.newBuilder(URI.create(site + "/favicon.ico"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, ico.statusCode(), "/favicon.ico is no 404");
        assertTrue(ico.body().length > 6 && ico.body()[0] == 0 && ico.body()[2] == 1, "an ICO file");
        assertTrue(ico.headers().firstValue("Cache-Control").orElse("").contains("max-age=86400"),
                ico.headers().map().toString());
    }

    @Test
    void versionedResourcesAreCachedAYearAndPagesAreNot() throws Exception {
        String site = Api.BASE.substring(0, Api.BASE.indexOf("/api/"));
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(site + "/login.xhtml"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern
                .compile("(/sutiao/jakarta\\.faces\\.resource/[^\"]+\\?[^\"]*v=[^\"]+)\"").matcher(page.body());
        assertTrue(m.find(), "the page links a versioned Faces resource");
        String versioned = m.group(1).replace("&amp;", "&");
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(site + versioned.substring("/sutiao".length())))
                .header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), versioned);
        String cache = r.headers().firstValue("Cache-Control").orElse("");
        Matcher age = Pattern.compile("max-age=(\\d+)").matcher(cache);
        assertTrue(age.find() && Long.parseLong(age.group(1)) >= 30L * 24 * 3600, versioned + ": " + cache);
        assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse("none"), versioned);
        HttpResponse<String> own = HTTP.send(HttpRequest.newBuilder(URI.create(site
                + "/jakarta.faces.resource/css/sutiao.css.xhtml")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, own.statusCode());
        assertEquals("no-cache", own.headers().firstValue("Cache-Control").orElse(""),
                "the application's unversioned style sheet is revalidated, not kept a week");
        assertTrue(page.headers().allValues("Cache-Control").stream().noneMatch(v -> v.contains("max-age=31536000")),
                "a page is not cached a year: " + page.headers().allValues("Cache-Control"));
    }

    @Test
    void aChunkedBodyPastTheLimitAnswers413AsAProblemDocument() throws Exception {
        URI api = URI.create(Api.BASE);
        String auth = Base64.getEncoder().encodeToString("clerk.bj0105:Demo-Clerk-2026!".getBytes(StandardCharsets.UTF_8));
        try (Socket s = new Socket(api.getHost(), api.getPort())) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST " + api.getPath() + "/referrals HTTP/1.1\r\nHost: " + api.getHost() + ":" + api.getPort()
                    + "\r\nAuthorization: Basic " + auth + "\r\nAccept-Language: en\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] head = "{\"kind\":\"DELEGATED\",\"materials\":[{\"fileName\":\"a.pdf\",\"content\":\""
                    .getBytes(StandardCharsets.US_ASCII);
            chunk(out, head);
            byte[] base64 = new byte[1024 * 1024];
            java.util.Arrays.fill(base64, (byte) 'A');
            try {
                for (int i = 0; i < 66; i++) { // 66 MiB: past the 64 MiB limit, below the listener's 128 MiB
                    chunk(out, base64);
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (java.net.SocketException closedEarly) {
                // the server may answer and close before the whole body is sent
            }
            String reply = readReply(s.getInputStream());
            assertTrue(reply.startsWith("HTTP/1.1 413"), reply.length() > 500 ? reply.substring(0, 500) : reply);
            assertTrue(reply.toLowerCase().contains("content-type: application/problem+json"), reply);
            assertTrue(reply.contains("\"code\":\"request.tooLarge\""), reply);
        }
    }

    private static void chunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** Status line, headers and the body (to the length given, or to the connection's end). */
    private static String readReply(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] b = new byte[8192];
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            int n;
            try {
                n = in.read(b);
            } catch (java.net.SocketException e) {
                break;
            }
            if (n < 0) {
                break;
            }
            buf.write(b, 0, n);
            String text = buf.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            Matcher length = Pattern.compile("(?i)content-length: (\\d+)").matcher(text);
            if (end > 0 && length.find() && buf.size() >= end + 4 + Integer.parseInt(length.group(1))) {
                break;
            }
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
