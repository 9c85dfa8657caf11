package org.sutiao.platform.application;

import java.util.Locale;
import java.util.Optional;

/**
 * The operations settings read in code (issue 13 §3): the environment variable first, then the system property of
 * the same name, then the default; the variable's name is the property's in upper case with every other character
 * {@code _} ({@code sutiao.pdf.font} → {@code SUTIAO_PDF_FONT}). The same rule as the CLI's
 * {@code ${env.SUTIAO_X:${sutiao.x:default}}}. To be folded into the shared {@code Settings} class.
 */
public final class OpsSettings {
    /** A PDF font file (OTF/TTF, or {@code file.ttc,index}) instead of the server's configuration/fonts one. */
    public static final String PDF_FONT = "sutiao.pdf.font";
    /** {@code true}: plain HTTP requests are redirected to HTTPS (the health probe excepted). */
    public static final String HTTPS_REDIRECT = "sutiao.https.redirect";
    /** The HTTPS port clients reach (default: the https socket binding's 8443 plus the port offset). */
    public static final String HTTPS_PORT = "sutiao.https.port";

    private OpsSettings() {
    }

    /** The value from the environment, else the system property; empty when unset or blank. */
    public static Optional<String> get(String property) {
        String value = System.getenv(property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        if (value == null || value.isBlank()) {
            value = System.getProperty(property);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** A switch, {@code true} only when set to true (any case). */
    public static boolean flag(String property) {
        return get(property).map(v -> v.equalsIgnoreCase("true")).orElse(false);
    }
}
