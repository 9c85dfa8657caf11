package org.sutiao.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small client of the JSON API for tests: HTTP Basic as one of the demo accounts. */
public final class Api {
    /** The API's address; the HTTP port shifts with {@code -Dit.port.offset} (in the server: the socket offset). */
    public static final String BASE = "http://localhost:" + (8080 + Integer.getInteger("it.port.offset",
            Integer.getInteger("jboss.socket.binding.port-offset", 0))) + "/sutiao/api/v1";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String authorization;
    private final String username;
    private String language = "zh-CN";

    private Api(String user, String password) {
        this.username = user;
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static Api as(String user, String password) {
        return new Api(user, password);
    }

    /** The username this client logs in as, or null for anonymous. */
    public String username() {
        return username;
    }

    public static Api anonymous() {
        return new Api(null, null);
    }

    public static Api clerk() {
        return as("clerk.bj0105", "Demo-Clerk-2026!");
    }

    public static Api bjCenter() {
        return as("ctr.bj.admin", "Demo-Center-2026!");
    }

    public Api inEnglish() {
        this.language = "en";
        return this;
    }

    /** A response: status, body as text, and its JSON when it is JSON. */
    public record Reply(int status, String body, HttpResponse<String> raw) {
        public JsonObject json() {
            try (JsonReader r = Json.createReader(new StringReader(body))) {
                JsonStructure s = r.read();
                return s.asJsonObject();
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    /**
     * A fresh {@code Idempotency-Key}: sent with a request that repeats an earlier one on purpose (to test the rule
     * that refuses a second act), so that it is not taken for a double submit answered with the first answer.
     */
    public static String newKey() {
        return "k-" + java.util.UUID.randomUUID();
    }

    public Reply get(String path) {
        return send(request(path).GET().build());
    }

    public byte[] getBytes(String path) {
        try {
            HttpResponse<byte[]> r = HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + r.statusCode());
            }
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply post(String path, String json) {
        return post(path, json, null);
    }

    public Reply post(String path, String json, String idempotencyKey) {
        HttpRequest.Builder b = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return send(b.build());
    }

    /** A POST with an explicit Content-Type (to test what the API accepts). */
    public Reply postWithType(String path, String body, String contentType) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    /** A POST of raw bytes as {@code application/json} without a charset (to test what the server accepts). */
    public Reply postBytes(String path, byte[] body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public Reply delete(String path) {
        return send(request(path).DELETE().build());
    }

    /** Any method; a non-null body is sent as JSON. */
    public Reply call(String method, String path, String json) {
        HttpRequest.Builder b = request(path);
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return send(b.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /** Puts the center on the court's invited roster (from 2026-01-01, open-ended) unless it is there already. */
    public void ensureInvited(String courtCode, String centerCode) {
        String roster = "/courts/" + courtCode + "/invited-roster";
        boolean present;
        try (JsonReader r = Json.createReader(new StringReader(get(roster).body()))) {
            present = r.readArray().getValuesAs(JsonObject.class).stream()
                    .anyMatch(e -> centerCode.equals(e.getString("centerCode", null)) && !e.getBoolean("removed"));
        }
        if (!present) {
            Reply added = post(roster, "{\"centerCode\":\"" + centerCode + "\",\"validFrom\":\"2026-01-01\"}");
            if (added.status() != 201) {
                throw new AssertionError("could not invite " + centerCode + ": " + added.body());
            }
        }
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", language);
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
