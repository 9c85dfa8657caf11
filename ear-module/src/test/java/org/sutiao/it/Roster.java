package org.sutiao.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.util.concurrent.ThreadLocalRandom;

/** Test data and calls for the roster: new mediators with valid, unique resident IDs, reports and approvals. */
public final class Roster {
    private Roster() {
    }

    /** A random resident ID with a correct GB 11643-1999 check character. */
    public static String residentId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String body = "110105" + (1960 + r.nextInt(40)) + String.format("%02d%02d", 1 + r.nextInt(12), 1 + r.nextInt(28))
                + String.format("%03d", r.nextInt(1000));
        return body + org.sutiao.shared.domain.IdNumbers.checkCharacter(body);
    }

    /** A mediator profile body. */
    public static JsonObjectBuilder profile(String name, String idNumber) {
        return Json.createObjectBuilder().add("name", name).add("idNumber", idNumber).add("employment", "PART_TIME")
                .add("profession", "律师").add("specialties", Json.createArrayBuilder().add("商事合同").add("知识产权"))
                .add("languages", Json.createArrayBuilder().add("zh").add("en")).add("yearsExperience", 8)
                .add("certLevel", "INTERMEDIATE").add("certNumber", "CCPIT-MC-T" + Math.abs(name.hashCode() % 100_000))
                .add("certValidFrom", "2025-01-01").add("certValidTo", "2029-12-31");
    }

    /** Enrols a mediator at the Beijing center and returns its code. */
    public static String enrolAtBeijing(String name) {
        Api.Reply r = Api.bjCenter().post("/centers/CCPIT-L-BJ/mediators", profile(name, residentId()).build().toString());
        if (r.status() != 201) {
            throw new AssertionError("enrol: " + r.body());
        }
        return r.json().getString("code");
    }

    /** The Beijing center reports; HQ approves. */
    public static void reportAndApprove() {
        Api.Reply submitted = Api.bjCenter().post("/centers/CCPIT-L-BJ/roster-reports",
                "{\"note\":\"test " + System.nanoTime() + "\"}");
        if (submitted.status() != 201) {
            throw new AssertionError("report: " + submitted.body());
        }
        Api.Reply approved = hq().post("/roster-reports/" + submitted.json().getJsonNumber("id") + "/approval",
                "{\"approve\":true}");
        if (approved.status() != 200) {
            throw new AssertionError("approve: " + approved.body());
        }
    }

    public static Api hq() {
        return Api.as("hq.admin1", "Demo-Hq-2026!");
    }

    public static JsonArray array(Api.Reply r) {
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readArray();
        }
    }

    /** The national roster entry of a code, or null when it is not (yet) on it. */
    public static JsonObject national(String code) {
        return hq().get("/roster/mediators?q=" + code).json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(e -> code.equals(e.getString("code"))).findFirst().orElse(null);
    }
}
