package org.sutiao.shared.infrastructure;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsTest {
    private static Settings of(Map<String, String> env, Map<String, String> props) {
        return new Settings(env::get, props::get);
    }

    @Test
    void theVariableNameIsThePropertyInUpperCaseWithUnderscores() {
        assertEquals("SUTIAO_DEMO_DATA", Settings.variableName("sutiao.demo-data"));
        assertEquals("SUTIAO_BOOTSTRAP_OPERATOR", Settings.variableName(Settings.BOOTSTRAP_OPERATOR));
        assertEquals("SUTIAO_DB_URL", Settings.variableName("sutiao.db.url"));
    }

    @Test
    void theEnvironmentWinsOverTheSystemPropertyWhichWinsOverTheDefault() {
        assertEquals("env", of(Map.of("SUTIAO_X", "env"), Map.of("sutiao.x", "prop")).get("sutiao.x", "d"));
        assertEquals("prop", of(Map.of(), Map.of("sutiao.x", "prop")).get("sutiao.x", "d"));
        assertEquals("prop", of(Map.of("SUTIAO_X", "  "), Map.of("sutiao.x", " prop ")).get("sutiao.x", "d"),
                "blank is unset; values are stripped");
        assertEquals("d", of(Map.of(), Map.of()).get("sutiao.x", "d"));
        assertEquals(Optional.empty(), of(Map.of(), Map.of("sutiao.x", "")).get("sutiao.x"));
    }

    @Test
    void aSwitchIsTrueOrFalseAndAnythingElseIsRefused() {
        assertTrue(of(Map.of("SUTIAO_DEMO_DATA", "TRUE"), Map.of()).flag(Settings.DEMO_DATA, false));
        assertFalse(of(Map.of("SUTIAO_DEMO_DATA", "false"), Map.of(Settings.DEMO_DATA, "true"))
                .flag(Settings.DEMO_DATA, true), "SUTIAO_DEMO_DATA=false is no longer ignored");
        assertFalse(of(Map.of(), Map.of()).flag(Settings.DEMO_DATA, false));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> of(Map.of("SUTIAO_DEMO_DATA", "yes"), Map.of()).flag(Settings.DEMO_DATA, false));
        assertTrue(e.getMessage().contains("SUTIAO_DEMO_DATA"), e.getMessage());
    }
}
