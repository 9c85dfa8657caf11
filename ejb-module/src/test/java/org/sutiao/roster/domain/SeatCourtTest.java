package org.sutiao.roster.domain;

import org.junit.jupiter.api.Test;
import org.sutiao.directory.domain.Court;
import org.sutiao.directory.domain.CourtLevel;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The basic court where a center sits: judicial confirmation of its direct applications goes there. */
class SeatCourtTest {
    private static final Court CHAOYANG = new Court("BJ-B-0105", "北京市朝阳区人民法院", CourtLevel.BASIC, "北京", "北京",
            "BJ-I-03", "京0105");
    private static final Court INTERNET = new Court("BJ-B-0491", "北京互联网法院", CourtLevel.BASIC, "北京", "北京",
            "BJ-I-04", "京0491");
    private static final Court FIRST_INTERMEDIATE = new Court("BJ-I-03", "北京市第三中级人民法院", CourtLevel.INTERMEDIATE,
            "北京", "北京", "BJ-H", "京03");
    private static final Court QINGXIU = new Court("GX-B-0103", "广西壮族自治区南宁市青秀区人民法院", CourtLevel.BASIC,
            "广西", "南宁", "GX-I-01", "桂0103");
    private static final List<Court> COURTS = List.of(INTERNET, FIRST_INTERMEDIATE, CHAOYANG, QINGXIU);

    private static MediationCenter center(String province, String address) {
        return new MediationCenter("C", "中心", CenterKind.LOCAL, province, null, "CCPIT-HQ", address, null);
    }

    @Test
    void theBasicCourtOfTheDistrictInTheAddressInTheSameProvince() {
        assertEquals(Optional.of(CHAOYANG), center("北京", "北京市朝阳区光华路15号院2号楼9层").seatCourtAmong(COURTS));
        assertEquals(Optional.of(QINGXIU), center("广西", "广西壮族自治区南宁市青秀区民族大道137号8层").seatCourtAmong(COURTS));
        assertEquals(Optional.empty(), center("北京", "北京市西城区桃柳园西巷2号").seatCourtAmong(COURTS),
                "no basic court of that district on record");
        assertEquals(Optional.empty(), center("天津", "天津市朝阳区某路1号").seatCourtAmong(COURTS), "same province only");
    }

    @Test
    void onlyABasicCourtConfirms() {
        MediationCenter c = center("北京", "北京市朝阳区光华路15号");
        c.confirmAt(CHAOYANG);
        assertEquals(CHAOYANG, c.confirmationCourt());
        assertThrows(IllegalArgumentException.class, () -> c.confirmAt(FIRST_INTERMEDIATE));
    }
}
