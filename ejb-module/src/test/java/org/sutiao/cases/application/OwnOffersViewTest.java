package org.sutiao.cases.application;

import org.junit.jupiter.api.Test;
import org.sutiao.calendar.domain.DueDate;
import org.sutiao.cases.domain.CaseAction;
import org.sutiao.cases.domain.CaseParticulars;
import org.sutiao.cases.domain.DeclineReasonCode;
import org.sutiao.cases.domain.EventType;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.cases.domain.OfferOutcome;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.directory.domain.Court;
import org.sutiao.directory.domain.CourtLevel;
import org.sutiao.roster.domain.CenterKind;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.shared.domain.Actor;
import org.sutiao.shared.domain.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A former center's view of a case it declined (issue 12 "Flow"): its own offer and decision, nothing after it. */
class OwnOffersViewTest {
    private static final Court COURT = new Court("BJ-B-0105", "北京市朝阳区人民法院", CourtLevel.BASIC, "北京", "北京",
            "BJ-I-03", "京0105");
    private static final MediationCenter BJ = new MediationCenter("CCPIT-L-BJ", "北京调解中心", CenterKind.LOCAL, "北京",
            null, "CCPIT-HQ", null, null);
    private static final MediationCenter ZJ = new MediationCenter("CCPIT-L-ZJ", "浙江调解中心", CenterKind.LOCAL, "浙江",
            null, "CCPIT-HQ", null, null);
    private static final Instant PUSHED = Instant.parse("2026-01-12T02:15:00Z");
    private static final Instant DECLINED_AT = PUSHED.plusSeconds(3_600);
    private static final Instant REFERRED_AGAIN_AT = DECLINED_AT.plusSeconds(86_400);
    private static final String REASON = "被申请人母公司为本中心管委会成员";

    private static MediationCase declinedAndReferredElsewhere() {
        Actor clerk = new Actor("clerk.bj0105", "侯雪晴");
        MediationCase c = MediationCase.referByCourt(ReferralKind.DELEGATED, COURT, "(2026)京0105民诉前调1873号", null,
                new CaseParticulars("买卖合同纠纷", "商事合同", Money.of("452000.00", "CNY"), "事实",
                        PUSHED.minusSeconds(3600)),
                BJ, PUSHED, new DueDate(LocalDate.of(2026, 1, 15), false), clerk);
        c.decline(DeclineReasonCode.CONFLICT_OF_INTEREST, REASON, DECLINED_AT, new Actor("ctr.bj.admin", "芦文静"));
        c.referAgain(ZJ, REFERRED_AGAIN_AT, new DueDate(LocalDate.of(2026, 1, 20), false), clerk);
        return c;
    }

    private static final List<CaseDetail.ActionView> SOME_ACTION =
            List.of(new CaseDetail.ActionView(CaseAction.ACCEPT, null));

    @Test
    void theDecliningCenterSeesItsOwnOfferWithItsDecisionAndNothingThatCameAfter() {
        MediationCase c = declinedAndReferredElsewhere();
        CaseDetail d = CaseViews.detail(c, CaseReadPolicy.Visibility.OWN_OFFERS, BJ.code(), null, Map.of(), null,
                SOME_ACTION);
        assertTrue(d.ownOffersOnly());
        assertFalse(d.fullDetail());
        assertNull(d.facts());
        assertTrue(d.parties().isEmpty());
        assertTrue(d.materials().isEmpty());
        assertTrue(d.actions().isEmpty(), "read-only: no action whatever the rules offered");
        assertEquals(1, d.offers().size());
        CaseDetail.OfferView own = d.offers().get(0);
        assertEquals(BJ.code(), own.centerCode());
        assertEquals(OfferOutcome.DECLINED, own.outcome());
        assertEquals(DeclineReasonCode.CONFLICT_OF_INTEREST, own.declineCode());
        assertEquals(REASON, own.declineReason());
        assertEquals(DECLINED_AT, own.decidedAt());
        assertFalse(d.timeline().isEmpty());
        assertTrue(d.timeline().stream().noneMatch(e -> e.at().isAfter(DECLINED_AT)), "nothing after its decision");
        assertTrue(d.timeline().stream().noneMatch(e -> e.type() == EventType.RE_REFERRED));
        assertTrue(d.timeline().stream().allMatch(e -> e.detail() == null && e.actorName() == null));
    }

    @Test
    void theNewCenterReadsEveryOfferInFull() {
        MediationCase c = declinedAndReferredElsewhere();
        CaseDetail d = CaseViews.detail(c, CaseReadPolicy.Visibility.FULL, ZJ.code(), null, Map.of(), null,
                SOME_ACTION);
        assertFalse(d.ownOffersOnly());
        assertEquals(List.of(BJ.code(), ZJ.code()), d.offers().stream().map(CaseDetail.OfferView::centerCode).toList());
        assertEquals(SOME_ACTION, d.actions());
        assertTrue(d.timeline().stream().anyMatch(e -> e.type() == EventType.RE_REFERRED));
        assertEquals("事实", d.facts());
    }
}
