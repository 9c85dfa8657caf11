package org.sutiao.shared.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class EventDetailsTest {

    private static Function<String, String> bundle(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = EventDetailsTest.class.getResourceAsStream("/org/sutiao/i18n/messages_" + lang
                + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p::getProperty;
    }

    @Test
    void phrasesAndCodesAppearInTheReadersLanguageNamesAndNumbersStay() throws IOException {
        Function<String, String> zh = bundle("zh");
        assertEquals("第2版 · 已签署的需重新签署", EventDetails.localize("rev. 2 · signing restarted", zh));
        assertEquals("全部达成 · 北京调解中心", EventDetails.localize("FULL · 北京调解中心", zh));
        assertEquals("确认协议有效 (2026)京0105民特88号", EventDetails.localize("VALID (2026)京0105民特88号", zh));
        assertEquals("当事人拒绝继续调解: 不来了", EventDetails.localize("PARTY_REFUSED: 不来了", zh));
        assertEquals("北京卓衡办公设备有限公司：不同意", EventDetails.localize("北京卓衡办公设备有限公司: refuses", zh));
        assertEquals("M0009 邵文澜 · CCPIT-L-BJ", EventDetails.localize("M0009 邵文澜 · CCPIT-L-BJ", zh),
                "codes that are no label stay");
        assertEquals("rev. 2 · signing restarted", EventDetails.localize("rev. 2 · signing restarted", bundle("en")),
                "English reads the phrases as stored");
        assertNull(EventDetails.localize(null, zh));
    }

    @Test
    void instantsAppearInBeijingTimeWithTheOffset() throws IOException {
        assertEquals("线上 · 2026-12-21 00:30 +08:00 · https://meet.example.com/1",
                EventDetails.localize("ONLINE · 2026-12-20T16:30:00Z · https://meet.example.com/1", bundle("zh")));
        assertEquals("2026-12-21 00:30 +08:00", EventDetails.localize("2026-12-20T16:30Z", bundle("en")));
        assertEquals("2027-01-01 07:59 +08:00", EventDetails.localize("2026-12-31T23:59:59.123456Z", bundle("en")),
                "across a year end");
        assertEquals("2026-12-21 00:30 +08:00", EventDetails.localize("2026-12-21T00:30:00+08:00", bundle("en")));
        assertEquals("2026-12-21", EventDetails.localize("2026-12-21", bundle("en")), "a date stays a date");
        assertEquals("2026-01-12 10:15 +08:00", Formats.beijing(java.time.Instant.parse("2026-01-12T02:15:00Z")));
    }
}
