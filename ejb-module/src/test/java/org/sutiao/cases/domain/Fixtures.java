package org.sutiao.cases.domain;

import org.sutiao.calendar.domain.DueDate;
import org.sutiao.directory.domain.Court;
import org.sutiao.directory.domain.CourtLevel;
import org.sutiao.roster.domain.CenterKind;
import org.sutiao.roster.domain.Employment;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.roster.domain.Mediator;
import org.sutiao.roster.domain.MediatorStatus;
import org.sutiao.shared.domain.Actor;
import org.sutiao.shared.domain.Money;

import java.time.Instant;
import java.time.LocalDate;

/** Small domain objects for unit tests. */
final class Fixtures {
    static final Court COURT = new Court("BJ-B-0105", "北京市朝阳区人民法院", CourtLevel.BASIC, "北京", "北京", "BJ-I-03", "京0105");
    static final MediationCenter BJ = new MediationCenter("CCPIT-L-BJ", "北京调解中心", CenterKind.LOCAL, "北京", null,
            "CCPIT-HQ", null, null);
    static final MediationCenter ZJ = new MediationCenter("CCPIT-L-ZJ", "浙江调解中心", CenterKind.LOCAL, "浙江", null,
            "CCPIT-HQ", null, null);
    static final Actor CLERK = new Actor("clerk.bj0105", "侯雪晴");
    static final Actor CENTER = new Actor("ctr.bj.admin", "芦文静");
    static final Instant PUSHED = Instant.parse("2026-01-12T02:15:00Z");

    private Fixtures() {
    }

    static Mediator mediator(String code, MediationCenter center, MediatorStatus status) {
        return new Mediator(code, "调解员" + code, center, Employment.FULL_TIME, "商事合同", "zh", "律师", 10, true, status);
    }

    static MediationCase referred() {
        return MediationCase.referByCourt(ReferralKind.DELEGATED, COURT, "(2026)京0105民诉前调1873号", null,
                new CaseParticulars("买卖合同纠纷", "商事合同", Money.of("452000.00", "CNY"), "事实",
                        PUSHED.minusSeconds(3600)),
                BJ, PUSHED, new DueDate(LocalDate.of(2026, 1, 15), false), CLERK);
    }
}
