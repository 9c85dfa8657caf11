package org.sutiao.cases.application;

import org.junit.jupiter.api.Test;
import org.sutiao.calendar.domain.DueDate;
import org.sutiao.cases.domain.CaseParticulars;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.directory.domain.Court;
import org.sutiao.directory.domain.CourtLevel;
import org.sutiao.roster.domain.CenterKind;
import org.sutiao.roster.domain.ConflictMatcher.Hit;
import org.sutiao.roster.domain.ConflictMatcher.Link;
import org.sutiao.roster.domain.ConflictMatcher.MatchedBy;
import org.sutiao.roster.domain.ConflictMatcher.Source;
import org.sutiao.roster.domain.ConflictMatcher.Subject;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.shared.application.Messages;
import org.sutiao.shared.domain.Actor;
import org.sutiao.shared.domain.Money;
import org.sutiao.shared.domain.IdentifiedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the conflict check tells the accepting center, for every kind of link × a prior case of the same center or
 * of another one, in both languages: this case's party always, another center's case never (no number, no name).
 */
class ConflictFindingTest {
    private static final MediationCenter BJ = new MediationCenter("CCPIT-L-BJ", "北京调解中心", CenterKind.LOCAL, "北京",
            null, "CCPIT-HQ", null, null);
    private static final MediationCenter ZJ = new MediationCenter("CCPIT-L-ZJ", "浙江调解中心", CenterKind.LOCAL, "浙江",
            null, "CCPIT-HQ", null, null);
    private static final String PARTY = "北京青岚会展服务有限公司";
    private static final String OTHER_NAME = "青岚会展（曾用名）甲乙丙";
    private static final String OTHER_NUMBER = "CCPIT-2026-777001";

    private static MediationCase caseAt(MediationCenter center, long id, String number) {
        Court court = new Court("BJ-B-0105", "北京市朝阳区人民法院", CourtLevel.BASIC, "北京", "北京", "BJ-I-03", "京0105");
        MediationCase c = MediationCase.referByCourt(ReferralKind.DELEGATED, court, "(2026)京0105民诉前调" + id + "号",
                null, new CaseParticulars("买卖合同纠纷", "商事合同", Money.of("1000.00", "CNY"), "事实",
                        Instant.parse("2026-01-12T01:00:00Z")), center, Instant.parse("2026-01-12T02:00:00Z"),
                new DueDate(LocalDate.of(2026, 1, 15), false), new Actor("clerk.bj0105", "侯雪晴"));
        try {
            var idField = IdentifiedEntity.class.getDeclaredField("id");
            idField.setAccessible(true);
            idField.set(c, id);
            var numberField = MediationCase.class.getDeclaredField("caseNumber");
            numberField.setAccessible(true);
            numberField.set(c, number);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return c;
    }

    @Test
    void anotherCentersCaseIsNeverNamedWhateverMatched() {
        MediationCase current = caseAt(BJ, 1, "CCPIT-2026-000001");
        for (Source source : Source.values()) {
            for (MediationCenter priorCenter : List.of(BJ, ZJ)) {
                MediationCase prior = caseAt(priorCenter, 2, OTHER_NUMBER);
                Hit hit = new Hit(PARTY, new Link(new Subject(OTHER_NAME, "91110108MADM6D068C"), source,
                        source == Source.PRIOR_CASE ? OTHER_NUMBER : "曾任法律顾问"), MatchedBy.CODE);
                ConflictFinding f = MediatorConflictCheck.finding(current, hit,
                        source == Source.PRIOR_CASE ? prior : null);
                for (Locale locale : List.of(Messages.CHINESE, Locale.ENGLISH)) {
                    String text = Messages.get(locale, "mediator.conflict", "调解员甲",
                            MediatorConflictCheck.describe(List.of(f)));
                    String at = source + " / " + priorCenter.code() + " / " + locale + ": " + text;
                    assertTrue(text.contains(PARTY), at);
                    assertFalse(text.contains("conflict."), "rendered, not a key: " + at);
                    if (source == Source.PRIOR_CASE && priorCenter == ZJ) {
                        assertFalse(text.contains(OTHER_NUMBER), at);
                        assertFalse(text.contains(OTHER_NAME), at);
                        assertEquals(ConflictFinding.Kind.PRIOR_CASE_ELSEWHERE, f.kind());
                        assertNull(f.caseNumber());
                        assertNull(f.counterpart());
                    }
                }
                if (source == Source.PRIOR_CASE && priorCenter == BJ) {
                    assertEquals(OTHER_NUMBER, f.caseNumber(), "the center's own case may be named");
                }
            }
        }
    }

    @Test
    void severalFindingsAreOneSentenceInTheReadersLanguage() {
        List<ConflictFinding> two = List.of(
                new ConflictFinding(PARTY, ConflictFinding.Kind.SELF, null, null, null),
                new ConflictFinding("甲公司", ConflictFinding.Kind.PRIOR_CASE_ELSEWHERE, null, null, null));
        String en = Messages.get(Locale.ENGLISH, "mediator.conflict", "M", MediatorConflictCheck.describe(two));
        assertTrue(en.contains("; ") && en.contains("another case"), en);
        String zh = Messages.get(Messages.CHINESE, "mediator.conflict", "M", MediatorConflictCheck.describe(two));
        assertTrue(zh.contains("；") && zh.contains("另一案件"), zh);
    }
}
