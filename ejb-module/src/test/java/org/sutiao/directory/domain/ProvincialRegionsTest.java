package org.sutiao.directory.domain;

import org.junit.jupiter.api.Test;

import java.util.HashSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pilot regions are the 31 provincial-level regions of the mainland, by short name. */
class ProvincialRegionsTest {
    @Test
    void theThirtyOneRegions() {
        assertEquals(31, new HashSet<>(ProvincialRegions.MAINLAND).size());
        for (String r : new String[]{"北京", "四川", "内蒙古", "黑龙江", "新疆", "西藏", "重庆"}) {
            assertTrue(ProvincialRegions.isProvincialRegion(r), r);
        }
    }

    @Test
    void othersAreRefused() {
        for (String r : new String[]{"香港", "澳门", "台湾", "全国", "北京市", "Sichuan", "朝阳", "", "四川 "}) {
            assertFalse(ProvincialRegions.isProvincialRegion(r), r);
        }
        assertFalse(ProvincialRegions.isProvincialRegion(null));
    }
}
