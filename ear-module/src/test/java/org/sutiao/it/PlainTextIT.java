package org.sutiao.it;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The words check finds keys, codes and paths, and nothing in ordinary text. No server: failsafe runs it (the EAR
 * module has no unit-test phase).
 */
class PlainTextIT {
    @Test
    void findsPropertyPathsCodesAndKeys() {
        assertFinds("obligations[0].obligorPartyId：须指明义务人", "property path");
        assertFinds("languages[1]：格式不正确", "property path");
        assertFinds("courtCaseNumber：长度须在 1 至 60 之间", "property path");
        assertFinds("已入册：张三（PART_TIME）", "enum code PART_TIME");
        assertFinds("身份核验结果（PENDING_ACCEPTANCE）", "enum code PENDING_ACCEPTANCE");
        assertFinds("状态 caseStatus.IN_MEDIATION", "bundle key caseStatus.IN_MEDIATION");
        assertFinds("???refer.nothing???", "missing message");
    }

    @Test
    void ordinaryTextPasses() {
        assertEquals(List.of(), PlainText.problems("起诉状.pdf 支持 PDF、JPEG、PNG、DOCX 文件；联系 a.b@example.com；"
                + "中国贸促会/中国国际商会北京调解中心 CCPIT-L-BJ；M0009 王敏；¥80,000.00；(2026)京0105民诉前调1873号；"
                + "2026-12-07 10:15 +08:00；sutiao.js；A CO., LTD."));
    }

    private static void assertFinds(String text, String what) {
        List<String> found = PlainText.problems(text);
        assertTrue(found.stream().anyMatch(f -> f.startsWith(what)), what + " in «" + text + "»: " + found);
    }
}
