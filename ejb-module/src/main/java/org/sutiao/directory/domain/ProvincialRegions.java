package org.sutiao.directory.domain;

import java.util.List;

/**
 * The provincial-level administrative regions of the PRC whose people's courts take part in the docking, by the
 * short names the data uses ({@code 北京}, {@code 内蒙古}): the 22 provinces, 5 autonomous regions and 4
 * municipalities of the mainland. Hong Kong, Macao and Taiwan have no people's courts and cannot be pilot regions.
 * Source: 中华人民共和国行政区划 (民政部); notice 法办〔2024〕623号 §2(5); issue 9 §4.
 */
public final class ProvincialRegions {
    /** The 31 short names, in the order of the national administrative division codes (11 北京 … 65 新疆). */
    public static final List<String> MAINLAND = List.of("北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林",
            "黑龙江", "上海", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南",
            "重庆", "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆");

    private ProvincialRegions() {
    }

    /** True when {@code name} is one of {@link #MAINLAND}, exactly. */
    public static boolean isProvincialRegion(String name) {
        return name != null && MAINLAND.contains(name);
    }
}
