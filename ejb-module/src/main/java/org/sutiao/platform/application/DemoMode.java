package org.sutiao.platform.application;

/**
 * Whether this server runs the demo (training) platform: the switch {@code SUTIAO_DEMO_DATA} in the environment, else
 * the system property {@code sutiao.demo-data}. In the demo nothing leaves the platform, so a confirmation code that
 * would be sent by e-mail or text message is also shown to the person who asked for it; in production never.
 */
public final class DemoMode {
    private DemoMode() {
    }

    /** True when the demo switch is on ({@code true}, case-insensitive); absent means on for now. */
    public static boolean enabled() {
        String env = System.getenv("SUTIAO_DEMO_DATA");
        String value = env != null && !env.isBlank() ? env : System.getProperty("sutiao.demo-data", "true");
        return Boolean.parseBoolean(value.strip());
    }
}
