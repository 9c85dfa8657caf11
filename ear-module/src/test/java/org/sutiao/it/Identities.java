package org.sutiao.it;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.sutiao.shared.domain.CreditCode;

import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Fresh party identities for tests that must not collide with earlier runs on the same database: an invented
 * company with a valid unified social credit code, and a PARTY account registered and confirmed for it.
 */
public final class Identities {
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    public static final String PASSWORD = "Test-Party-2026";

    private Identities() {
    }

    /** A random unified social credit code of a Chaoyang company with a correct check character. */
    public static String newCreditCode() {
        StringBuilder body = new StringBuilder("91110105MA");
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < 7; i++) {
            body.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        for (char c : ALPHABET.toCharArray()) {
            if (CreditCode.isValid(body.toString() + c)) {
                return body.toString() + c;
            }
        }
        throw new IllegalStateException("no check character for " + body);
    }

    /** A registered PARTY account, not yet confirmed. */
    public static Api register(String prefix) {
        String user = prefix + "." + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        Api.Reply r = Api.anonymous().post("/party-accounts", Json.createObjectBuilder().add("username", user)
                .add("password", PASSWORD).add("displayName", prefix).build().toString());
        assertEquals(201, r.status(), r.body());
        return Api.as(user, PASSWORD);
    }

    /** The body of the first-login confirmation for a company. */
    public static JsonObjectBuilder confirmation(String name, String creditCode) {
        return Json.createObjectBuilder().add("name", name).add("identityType", "CREDIT_CODE")
                .add("identityCode", creditCode).add("serviceAddress", "legal@party.example.com")
                .add("warningAcknowledged", true);
    }

    /**
     * A PARTY account registered and confirmed for the company: the code of step 1 is read from the answer, as the
     * demo platform (which sends nothing) shows it.
     */
    public static Api confirmed(String prefix, String name, String creditCode) {
        Api a = register(prefix);
        confirm(a, confirmation(name, creditCode).build().toString());
        return a;
    }

    /** Both steps of the identity confirmation for an account; answers the confirmed state. */
    public static jakarta.json.JsonObject confirm(Api a, String body) {
        Api.Reply sent = a.post("/me/identity", body);
        assertEquals(202, sent.status(), sent.body());
        String code = sent.json().getString("demoCode", null);
        if (code == null) {
            throw new AssertionError("no code was sent for " + body);
        }
        Api.Reply r = a.post("/me/identity/verification", "{\"code\":\"" + code + "\"}");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    /** A company party of a referral or application body. */
    public static JsonObjectBuilder company(String role, String name, String creditCode, String email) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("role", role).add("type", "LEGAL_PERSON").add("name", name)
                .add("creditCode", creditCode);
        return email == null ? b : b.add("email", email);
    }
}
