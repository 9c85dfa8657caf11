package org.sutiao.it;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.roster.domain.CenterKind;
import org.sutiao.roster.domain.Employment;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.roster.domain.Mediator;
import org.sutiao.roster.domain.MediatorStatus;
import org.sutiao.roster.domain.NationalRosterEntry;
import org.sutiao.roster.domain.RosterReport;
import org.sutiao.roster.domain.RosterSnapshot;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Generates a large approved national roster for the benchmark (deployed in test.war only): ten bench centers in
 * the pilot regions, {@code n} mediators spread over them with varied specialties, languages and employment, one
 * approved report per center, and removes them all again afterwards.
 */
@Stateless
public class RosterBench {
    private static final String[] REGIONS = {"北京", "天津", "河北", "浙江", "福建", "江西", "广东", "广西", "重庆", "云南"};
    private static final String[] SPECIALTIES = {"商事合同", "跨境贸易", "知识产权", "海事海商", "金融", "投资", "建设工程",
            "电子商务", "公司股权", "劳动争议"};
    private static final String[] LANGUAGES = {"zh", "zh;en", "zh;ja", "zh;en;fr", "zh;ko", "zh;en;de"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"};

    @PersistenceContext(unitName = "sutiao")
    EntityManager em;

    /** The ten bench centers (codes CCPIT-L-BB0 … BB9). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void centers() {
        for (int c = 0; c < REGIONS.length; c++) {
            em.persist(new MediationCenter("CCPIT-L-BB" + c, "基准测试调解中心" + c,
                    CenterKind.LOCAL, REGIONS[c], null, "CCPIT-HQ", "基准测试地址" + c, "010-0000000" + c));
        }
    }

    /** One batch: mediators {@code from} (inclusive) to {@code to} (exclusive), approved by one report per center. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void batch(int from, int to) {
        List<MediationCenter> centers = benchCenters();
        Instant now = Instant.now();
        RosterReport[] reports = new RosterReport[centers.size()];
        for (int i = 0; i < centers.size(); i++) {
            reports[i] = new RosterReport(centers.get(i), now, "bench", "benchmark");
            em.persist(reports[i]);
            reports[i].approve(null, now, "bench");
        }
        em.flush();
        for (int n = from; n < to; n++) {
            int c = n % centers.size();
            Mediator m = new Mediator(String.format("G%05d", n), SURNAMES[n % 10] + "基准" + n, centers.get(c),
                    n % 3 == 0 ? Employment.FULL_TIME : Employment.PART_TIME,
                    SPECIALTIES[n % 10] + ";" + SPECIALTIES[(n / 10) % 10], LANGUAGES[n % LANGUAGES.length], "律师",
                    n % 40, n % 4 != 0, n % 50 == 0 ? MediatorStatus.EXITED : MediatorStatus.ACTIVE);
            em.persist(m); // EclipseLink assigns the sequence id on persist
            em.persist(new NationalRosterEntry(m.id(), reports[c].id(), now, RosterSnapshot.of(m),
                    BigDecimal.valueOf(n % 60)));
        }
    }

    /** Removes everything {@link #batch} made. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void cleanUp() {
        em.createNativeQuery("DELETE FROM national_roster_entry WHERE mediator_id IN (SELECT m.id FROM mediator m"
                + " JOIN mediation_center c ON m.center_id = c.id WHERE c.code LIKE 'CCPIT-L-BB%')").executeUpdate();
        em.createNativeQuery("DELETE FROM mediator WHERE center_id IN (SELECT id FROM mediation_center"
                + " WHERE code LIKE 'CCPIT-L-BB%')").executeUpdate();
        em.createNativeQuery("DELETE FROM roster_report WHERE center_id IN (SELECT id FROM mediation_center"
                + " WHERE code LIKE 'CCPIT-L-BB%')").executeUpdate();
        em.createNativeQuery("DELETE FROM mediation_center WHERE code LIKE 'CCPIT-L-BB%'").executeUpdate();
    }

    private List<MediationCenter> benchCenters() {
        return em.createQuery("select c from MediationCenter c where c.code like 'CCPIT-L-BB%' order by c.code",
                MediationCenter.class).getResultList();
    }
}
