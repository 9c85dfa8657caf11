package org.sutiao.identity.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule for every password a person chooses or is given (issue 13 §1; NIST SP 800-63B §5.1.1.2, OWASP ASVS
 * V6.2): at least {@value #MIN_LENGTH} characters (code points), at most {@value #MAX_LENGTH}, not the username
 * (ignoring case), and not among the common passwords shipped in {@value #COMMON_LIST} (ignoring case; the 30,000 most
 * frequent of a public corpus plus the README's demo passwords). No composition rules. Applies to new accounts,
 * resets, changes and party registrations; the demo import and stored hashes are not re-checked.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** The shipped list, one password a line, {@code #} comments. */
    public static final String COMMON_LIST = "/org/sutiao/identity/common-passwords.txt";
    private static final PasswordPolicy SHIPPED = new PasswordPolicy(load());

    private final Set<String> common;

    /** A policy over the given common passwords (compared in lower case). */
    public PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    /** The policy with the shipped list. */
    public static PasswordPolicy shipped() {
        return SHIPPED;
    }

    /**
     * Why {@code password} may not be used by {@code username}, as a message key, or empty when it may.
     * Keys: {@code password.tooShort} ({@value #MIN_LENGTH}), {@code password.tooLong} ({@value #MAX_LENGTH}),
     * {@code password.isUsername}, {@code password.common}; {@code validation.required} when missing.
     */
    public Optional<String> refusal(String username, String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("validation.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = password.strip().toLowerCase(Locale.ROOT);
        if (username != null && lower.equals(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("password.isUsername");
        }
        if (common.contains(lower)) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    /** How many common passwords the policy refuses. */
    public int commonCount() {
        return common.size();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(40_000);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_LIST + " is missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
