package org.sutiao.shared.domain;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShortNamesTest {
    @Test
    void courtsAsCommonlyCalled() {
        assertEquals("最高法院", ShortNames.court("最高人民法院"));
        assertEquals("北京高院", ShortNames.court("北京市高级人民法院"));
        assertEquals("广西高院", ShortNames.court("广西壮族自治区高级人民法院"));
        assertEquals("北京三中院", ShortNames.court("北京市第三中级人民法院"));
        assertEquals("石家庄中院", ShortNames.court("河北省石家庄市中级人民法院"));
        assertEquals("南宁中院", ShortNames.court("广西壮族自治区南宁市中级人民法院"));
        assertEquals("朝阳法院", ShortNames.court("北京市朝阳区人民法院"));
        assertEquals("义乌法院", ShortNames.court("浙江省义乌市人民法院"));
        assertEquals("滨海新区法院", ShortNames.court("天津市滨海新区人民法院"));
        assertEquals("北京金融法院", ShortNames.court("北京金融法院"));
        assertNull(ShortNames.court(null));
    }

    @Test
    void centersWithoutTheCcpitPrefix() {
        assertEquals("北京调解中心", ShortNames.center("中国贸促会/中国国际商会北京调解中心"));
        assertEquals("深圳调解中心", ShortNames.center("中国国际贸易促进委员会深圳分会调解中心"));
        assertEquals("纺织行业调解中心", ShortNames.center("中国国际贸易促进委员会纺织行业分会调解中心"));
        assertEquals("贸促会调解中心", ShortNames.center("中国国际贸易促进委员会/中国国际商会调解中心"));
        assertEquals("某某调解中心", ShortNames.center("某某调解中心"));
    }

    /** Every seeded court and center gets a distinct short name of at most 10 characters. */
    @Test
    void seededNamesAreShortAndDistinct() throws Exception {
        for (String file : List.of("courts", "centers")) {
            Map<String, String> seen = new HashMap<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    getClass().getResourceAsStream("/seed/" + file + ".csv"), StandardCharsets.UTF_8))) {
                r.readLine();
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String name = line.split(",")[1];
                    String shortName = file.equals("courts") ? ShortNames.court(name) : ShortNames.center(name);
                    assertTrue(shortName.length() <= 10, name + " → " + shortName);
                    String before = seen.put(shortName, name);
                    assertNull(before, shortName + " for both " + before + " and " + name);
                }
            }
        }
    }
}
