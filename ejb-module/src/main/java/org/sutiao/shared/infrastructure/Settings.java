package org.sutiao.shared.infrastructure;

import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Every setting of the server, read one way (issue 13 §3): the environment variable first, then the system
 * property of the same name, then the default. The variable's name is the property's in upper case with every
 * character other than a letter or digit replaced by {@code _}: {@code sutiao.demo-data} is read from
 * {@code SUTIAO_DEMO_DATA}, then from {@code -Dsutiao.demo-data}. A blank value counts as absent. Use
 * {@link #fromEnvironment()} in the server; tests pass their own lookups.
 */
public final class Settings {
    /** Demo data on a new database ({@code true}/{@code false}; default {@code false}). */
    public static final String DEMO_DATA = "sutiao.demo-data";
    /** Username of the first OPERATOR account, created on a database without any account. */
    public static final String BOOTSTRAP_OPERATOR = "sutiao.bootstrap.operator";
    /** Its initial password (changed at its first login). */
    public static final String BOOTSTRAP_PASSWORD = "sutiao.bootstrap.password";
    /** A PDF font file (OTF/TTF, or {@code file.ttc,index}) instead of the server's configuration/fonts one. */
    public static final String PDF_FONT = "sutiao.pdf.font";
    /** {@code true}: plain HTTP requests are redirected to HTTPS (the health probe excepted). */
    public static final String HTTPS_REDIRECT = "sutiao.https.redirect";
    /** The HTTPS port clients reach (default: the https socket binding's 8443 plus the port offset). */
    public static final String HTTPS_PORT = "sutiao.https.port";

    private final UnaryOperator<String> environment;
    private final UnaryOperator<String> properties;

    /**
     * @param environment a variable's value by name (null when unset)
     * @param properties  a system property's value by name (null when unset)
     */
    public Settings(UnaryOperator<String> environment, UnaryOperator<String> properties) {
        this.environment = environment;
        this.properties = properties;
    }

    /** The process's environment and system properties. */
    public static Settings fromEnvironment() {
        return new Settings(System::getenv, System::getProperty);
    }

    /** The environment variable that carries {@code property} ({@code sutiao.db.url} → {@code SUTIAO_DB_URL}). */
    public static String variableName(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** The value from the environment, else the system property; empty when neither is set (or both are blank). */
    public Optional<String> get(String property) {
        String value = environment.apply(variableName(property));
        if (value == null || value.isBlank()) {
            value = properties.apply(property);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** The value, or {@code fallback} when unset. */
    public String get(String property, String fallback) {
        return get(property).orElse(fallback);
    }

    /**
     * A switch: {@code true} or {@code false} (any case), or {@code fallback} when unset.
     *
     * @throws IllegalArgumentException on any other value, naming the setting (a typo must not silently mean false)
     */
    public boolean flag(String property, boolean fallback) {
        Optional<String> value = get(property);
        if (value.isEmpty()) {
            return fallback;
        }
        return switch (value.get().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(variableName(property) + " / " + property
                    + " must be true or false, not \"" + value.get() + "\"");
        };
    }
}
