package org.sutiao.cases.domain;

import org.junit.jupiter.api.Test;
import org.sutiao.calendar.domain.DueDate;
import org.sutiao.directory.domain.Court;
import org.sutiao.directory.domain.CourtLevel;
import org.sutiao.roster.domain.CenterKind;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.roster.domain.Mediator;
import org.sutiao.roster.domain.MediatorStatus;
import org.sutiao.shared.domain.IdentifiedEntity;
import org.sutiao.shared.domain.Money;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An open deadline carries its case's scope keys (V28: center, mediator, court) and follows every change of them —
 * re-referral, acceptance, mediator replacement — while a closed one carries none (kept out of V28_1's indexes).
 */
class DeadlineScopeKeysTest {
    private static final Instant LATER = Fixtures.PUSHED.plusSeconds(86_400);
    private static final DueDate DUE = new DueDate(LocalDate.of(2026, 1, 15), false);

    private static <T extends IdentifiedEntity> T withId(T entity, long id) {
        try {
            Field f = IdentifiedEntity.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MediationCase.ScopeKeys keys(Long center, Long mediator, Long court) {
        return new MediationCase.ScopeKeys(center, mediator, court);
    }

    @Test
    void openDeadlinesFollowTheCaseToItsNewCenterAndMediatorClosedOnesCarryNone() {
        Court court = withId(new Court("BJ-B-0105", "北京市朝阳区人民法院", CourtLevel.BASIC, "北京", "北京", "BJ-I-03",
                "京0105"), 1);
        MediationCenter bj = withId(new MediationCenter("CCPIT-L-BJ", "北京调解中心", CenterKind.LOCAL, "北京", null,
                "CCPIT-HQ", null, null), 10);
        MediationCenter zj = withId(new MediationCenter("CCPIT-L-ZJ", "浙江调解中心", CenterKind.LOCAL, "浙江", null,
                "CCPIT-HQ", null, null), 20);
        MediationCase c = MediationCase.referByCourt(ReferralKind.DELEGATED, court, "(2026)京0105民诉前调1873号", null,
                new CaseParticulars("买卖合同纠纷", "商事合同", Money.of("452000.00", "CNY"), "事实",
                        Fixtures.PUSHED.minusSeconds(3600)), bj, Fixtures.PUSHED, DUE, Fixtures.CLERK);
        Deadline first = new Deadline(c, DeadlineKind.ACCEPTANCE, DUE.end(), DUE);
        Deadline reminder = new Deadline(c, DeadlineKind.ACCEPTANCE_REMINDER, DUE.end().minusSeconds(86_400), DUE);
        assertEquals(keys(10L, null, 1L), first.scopeKeys(), "the case's center and court; no mediator yet");

        c.decline(DeclineReasonCode.NO_CAPACITY, "满负荷", LATER, Fixtures.CENTER);
        first.close(DeadlineState.MET, LATER);
        c.referAgain(zj, LATER, DUE, Fixtures.CLERK);
        assertEquals(keys(null, null, null), first.scopeKeys(), "a closed deadline carries no keys");
        assertEquals(keys(20L, null, 1L), reminder.scopeKeys(), "an open one follows the case to the new center");
        Deadline second = new Deadline(c, DeadlineKind.ACCEPTANCE, DUE.end(), DUE);
        assertEquals(keys(20L, null, 1L), second.scopeKeys());

        Mediator m30 = withId(Fixtures.mediator("M0030", zj, MediatorStatus.ACTIVE), 300);
        Mediator m31 = withId(Fixtures.mediator("M0031", zj, MediatorStatus.ACTIVE), 310);
        c.accept(m30, LATER, new DueDate(LocalDate.of(2026, 2, 12), false), Fixtures.CENTER);
        assertEquals(keys(20L, 300L, 1L), second.scopeKeys(), "acceptance assigns the mediator");
        Deadline mediation = new Deadline(c, DeadlineKind.MEDIATION, LATER.plusSeconds(30 * 86_400L),
                new DueDate(LocalDate.of(2026, 2, 12), false));
        c.replaceMediator(m31, "回避", null, LATER, Fixtures.CENTER);
        assertEquals(keys(20L, 310L, 1L), mediation.scopeKeys(), "replacement moves it to the new mediator");
        assertEquals(keys(20L, 310L, 1L), c.scopeKeys());
    }
}
