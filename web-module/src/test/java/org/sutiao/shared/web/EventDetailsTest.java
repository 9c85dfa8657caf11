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
}
