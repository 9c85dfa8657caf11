package org.sutiao.shared.domain;

/**
 * Who did something, as recorded on timelines and in the audit log.
 *
 * @param username    the login name, or {@code system} for timers
 * @param displayName the name shown to people
 */
public record Actor(String username, String displayName) {
    /** The platform itself (timers, imports). */
    public static final Actor SYSTEM = new Actor("system", "system");
}
