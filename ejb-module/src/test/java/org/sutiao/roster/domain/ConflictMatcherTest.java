package org.sutiao.roster.domain;

import org.junit.jupiter.api.Test;
import org.sutiao.roster.domain.ConflictMatcher.Hit;
import org.sutiao.roster.domain.ConflictMatcher.Link;
import org.sutiao.roster.domain.ConflictMatcher.MatchedBy;
import org.sutiao.roster.domain.ConflictMatcher.Source;
import org.sutiao.roster.domain.ConflictMatcher.Subject;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConflictMatcherTest {
    private static Link declared(String name, String code) {
        return new Link(new Subject(name, code), Source.DECLARED, "曾任法律顾问");
    }

    @Test
    void fullWidthAndHalfWidthNamesAreTheSame() {
        List<Hit> hits = ConflictMatcher.match(List.of(new Subject("ＡＢＣ贸易（深圳）有限公司", null)),
                List.of(declared("ABC贸易(深圳)有限公司", null)));
        assertEquals(1, hits.size());
        assertEquals(MatchedBy.NAME, hits.get(0).matchedBy());
        assertEquals("ＡＢＣ贸易（深圳）有限公司", hits.get(0).partyName());
    }

    @Test
    void limitedCompanyWrittenBothWaysIsTheSame() {
        assertEquals(MatchedBy.NAME, ConflictMatcher.same(new Subject("杭州云帆科技有限责任公司", null),
                new Subject("杭州云帆科技有限公司", null)));
        assertEquals(ConflictMatcher.normalizeName("杭州云帆科技 有限公司"),
                ConflictMatcher.normalizeName("杭州云帆科技有限责任公司"));
    }

    @Test
    void latinCaseAndSpacesDoNotMatter() {
        assertEquals(MatchedBy.NAME, ConflictMatcher.same(new Subject("Acme Trading Co., Ltd.", null),
                new Subject("ACME TRADING CO LTD", null)));
    }

    @Test
    void creditCodeMatchesWhateverTheName() {
        List<Hit> hits = ConflictMatcher.match(List.of(new Subject("华信科技股份公司", "91110105MA01ABCD1X")),
                List.of(declared("北京华信", "９１１１０１０５ma01abcd1x")));
        assertEquals(1, hits.size());
        assertEquals(MatchedBy.CODE, hits.get(0).matchedBy());
    }

    @Test
    void differentCompaniesDoNotMatch() {
        assertTrue(ConflictMatcher.match(List.of(new Subject("杭州云帆科技有限公司", "91330100MA2AAAAA1X")),
                List.of(declared("杭州云帆物流有限公司", "91330100MA2BBBBB2Y"))).isEmpty());
        // a company with a different legal form is another company
        assertNull(ConflictMatcher.same(new Subject("云帆科技股份有限公司", null), new Subject("云帆科技有限公司", null)));
    }

    @Test
    void differentCodesButSameNameStillMatchByName() {
        // a declared relationship may carry an outdated or mistyped code; the name still warns the center
        assertEquals(MatchedBy.NAME, ConflictMatcher.same(new Subject("深圳前海丰达有限公司", "91440300AAAAAAAAA1"),
                new Subject("深圳前海丰达有限公司", "91440300BBBBBBBBB2")));
    }

    @Test
    void blankValuesNeverMatch() {
        assertNull(ConflictMatcher.same(new Subject("", null), new Subject(" ", "")));
        assertNull(ConflictMatcher.normalizeName("（）"));
    }

    @Test
    void everyPartyIsCheckedAgainstEveryLink() {
        List<Hit> hits = ConflictMatcher.match(
                List.of(new Subject("甲公司", null), new Subject("张三", "110105199001011237")),
                List.of(declared("乙公司", null), new Link(new Subject("张三", "110105199001011237"),
                        Source.PRIOR_CASE, "(2025)京0105民初1号 申请人")));
        assertEquals(1, hits.size());
        assertEquals(Source.PRIOR_CASE, hits.get(0).link().source());
        assertEquals(MatchedBy.CODE, hits.get(0).matchedBy());
    }
}
