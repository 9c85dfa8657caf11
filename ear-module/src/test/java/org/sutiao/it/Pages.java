package org.sutiao.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser, for tests of the pages over HTTP: keeps cookies, does not follow redirects (so a test
 * sees the {@code Location}), and fills the login form's CSRF token from the page it got.
 */
public final class Pages {
    /** The port offset of the server (a client-side property, or the server's own inside it). */
    static final int OFFSET = Integer.getInteger("it.port.offset",
            Integer.getInteger("jboss.socket.binding.port-offset", 0));
    /** The application's address over HTTP (the port shifts with {@code -Dit.port.offset}). */
    public static final String BASE = "http://localhost:" + (8080 + OFFSET) + "/sutiao";
    /** The address over HTTPS (the demo keystore's self-signed certificate). */
    public static final String HTTPS_BASE = "https://localhost:" + (8443 + OFFSET) + "/sutiao";
    private static final Pattern CSRF = Pattern.compile("name=\"sutiao_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    private String language = "zh-CN";

    public Pages() {
        this(BASE, HttpClient.newBuilder());
    }

    /** Over another address (e.g. HTTPS) with a client builder the test prepared (e.g. trusting its certificate). */
    public Pages(String base, HttpClient.Builder builder) {
        this.base = base;
        this.http = builder.cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public Pages inEnglish() {
        this.language = "en";
        return this;
    }

    public CookieManager cookies() {
        return cookies;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language).GET().build());
    }

    /** Posts a form ({@code application/x-www-form-urlencoded}). */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The CSRF token a page carries in its forms, or null. */
    public static String csrfToken(String html) {
        Matcher m = CSRF.matcher(html);
        return m.find() ? m.group(1) : null;
    }

    /** Opens the login page and posts the credentials with the page's token; the answer (a redirect). */
    public HttpResponse<String> login(String user, String password) {
        String token = csrfToken(get("/login.xhtml").body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("j_username", user);
        form.put("j_password", password);
        if (token != null) {
            form.put("sutiao_csrf", token);
        }
        return post("/auth/login", form);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
