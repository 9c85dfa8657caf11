package org.sutiao.shared.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that derives the short names lists show for courts and mediation centers (issue 12, tables that
 * read at 1366 px); the full name stays on hover ({@code title}) and on detail pages. A name that fits no rule is
 * returned unchanged, so a short name is never wrong, only sometimes long.
 */
public final class ShortNames {
    private static final String[] CENTER_PREFIXES = {"中国国际贸易促进委员会/中国国际商会", "中国贸促会/中国国际商会",
            "中国国际贸易促进委员会", "中国贸促会"};
    private static final Pattern SEGMENT = Pattern.compile("(.+?(?:自治区|省|市|区|县))");

    private ShortNames() {
    }

    /**
     * A mediation center's short name: without the CCPIT prefix, an industry chapter as {@code 纺织行业调解中心},
     * a local chapter as {@code 深圳调解中心}; HQ's own center as {@code 贸促会调解中心}.
     *
     * @param name the full name, or null
     * @return the short name, or null for null
     */
    public static String center(String name) {
        if (name == null) {
            return null;
        }
        String s = name.strip();
        for (String prefix : CENTER_PREFIXES) {
            if (s.startsWith(prefix) && s.length() > prefix.length()) {
                s = s.substring(prefix.length());
                break;
            }
        }
        s = s.replace("行业分会调解中心", "行业调解中心").replace("分会调解中心", "调解中心");
        if (s.equals("调解中心")) {
            return "贸促会调解中心";
        }
        return s;
    }

    /**
     * A people's court's short name as courts are commonly called: {@code 北京高院}, {@code 北京三中院},
     * {@code 石家庄中院}, {@code 朝阳法院}, {@code 最高法院}; special courts (北京金融法院, 宁波海事法院) keep their name.
     *
     * @param name the full name, or null
     * @return the short name, or null for null
     */
    public static String court(String name) {
        if (name == null) {
            return null;
        }
        String s = name.strip();
        if (s.equals("最高人民法院")) {
            return "最高法院";
        }
        String suffix;
        String head;
        if (s.endsWith("高级人民法院")) {
            suffix = "高院";
            head = s.substring(0, s.length() - 6);
        } else if (s.endsWith("中级人民法院")) {
            suffix = "中院";
            head = s.substring(0, s.length() - 6);
        } else if (s.endsWith("人民法院")) {
            suffix = "法院";
            head = s.substring(0, s.length() - 4);
        } else {
            return s;
        }
        List<String> segments = new ArrayList<>();
        Matcher m = SEGMENT.matcher(head);
        int end = 0;
        while (m.find() && m.start() == end) {
            segments.add(m.group(1));
            end = m.end();
        }
        String tail = head.substring(end);
        if (segments.isEmpty()) {
            return head.isEmpty() ? s : head + suffix;
        }
        String first = stem(segments.get(0));
        String last = stem(segments.get(segments.size() - 1));
        return switch (suffix) {
            case "高院" -> tail.isEmpty() ? first + suffix : s;
            case "中院" -> tail.isEmpty() ? last + suffix
                    : segments.size() == 1 && tail.matches("第[一二三四五六七八九十]+") ? first + tail.substring(1) + suffix : s;
            default -> tail.isEmpty() ? last + suffix : s;
        };
    }

    /** 北京市 → 北京, 广西壮族自治区 → 广西, 朝阳区 → 朝阳; a new area (滨海新区, 前海合作区) keeps its name. */
    private static String stem(String segment) {
        if (segment.endsWith("自治区")) {
            return segment.substring(0, 2);
        }
        if (segment.endsWith("新区") || segment.endsWith("合作区") || segment.length() <= 2) {
            return segment;
        }
        return segment.substring(0, segment.length() - 1);
    }
}
