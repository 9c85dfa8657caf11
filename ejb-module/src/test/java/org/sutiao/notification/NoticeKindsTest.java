package org.sutiao.notification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sutiao.notification.domain.NoticeKind;
import org.sutiao.notification.domain.NoticeMove;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every notice is resolved when its action is done (issue 12 "Flow"), generated over the sources and the catalog
 * ({@link NoticeKind}): every kind raised anywhere is in the catalog (a new kind cannot be raised without deciding
 * what answers it), every kind that asks for an action has moves, and every such move is performed by service
 * methods whose bodies resolve it ({@code notifications.answered…(NoticeMove.X, …)}).
 */
class NoticeKindsTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern RAISE = Pattern.compile("\\.(notifyOrg|alertRole)\\((.*?)\\);", Pattern.DOTALL);
    private static final Pattern KEY = Pattern.compile("\"(notice\\.\\w+)\"");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    /** The notice keys raised in the main sources; fails on a raise whose kind is not written out. */
    private static Set<String> raisedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        List<String> hidden = new ArrayList<>();
        for (Path p : sources()) {
            if (p.toString().contains("notification" + java.io.File.separator + "application")) {
                continue; // the service's own definitions
            }
            Matcher m = RAISE.matcher(Files.readString(p));
            while (m.find()) {
                Matcher k = KEY.matcher(m.group(2));
                boolean any = false;
                while (k.find()) {
                    keys.add(k.group(1));
                    any = true;
                }
                if (!any) {
                    hidden.add(p.getFileName() + ": " + m.group(0).replaceAll("\\s+", " "));
                }
            }
        }
        assertTrue(hidden.isEmpty(), "a notice raised with its kind not written out: " + hidden);
        return keys;
    }

    @Test
    void everyKindRaisedIsInTheCatalogAndEveryKindInTheCatalogIsRaised() throws IOException {
        Set<String> raised = raisedKeys();
        Set<String> catalog = Arrays.stream(NoticeKind.values()).map(NoticeKind::key)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(raised.size() > 20, "the scan found the notices: " + raised);
        Set<String> missing = new TreeSet<>(raised);
        missing.removeAll(catalog);
        assertTrue(missing.isEmpty(), "raised but not in NoticeKind (decide what answers them): " + missing);
        Set<String> stale = new TreeSet<>(catalog);
        stale.removeAll(raised);
        assertTrue(stale.isEmpty(), "in NoticeKind but never raised: " + stale);
        assertEquals(NoticeKind.values().length, catalog.size(), "one kind per key");
    }

    @ParameterizedTest
    @EnumSource(NoticeKind.class)
    void eachKindIsWordedInBothLanguages(NoticeKind kind) throws IOException {
        for (String lang : List.of("zh", "en")) {
            Properties p = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/org/sutiao/i18n/messages_" + lang + ".properties")) {
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertTrue(p.containsKey(kind.key()), kind.key() + " in messages_" + lang);
        }
    }

    /** A kind that asks its recipient to act is answered by moves, and each move resolves it where it is done. */
    @ParameterizedTest
    @EnumSource(NoticeKind.class)
    void eachKindThatAsksForAnActionIsResolvedByTheMovesThatAnswerIt(NoticeKind kind) throws IOException {
        if (!kind.asksForAction()) {
            return;
        }
        for (NoticeMove move : kind.answeredBy()) {
            assertTrue(move.answers().contains(kind.key()), move + " answers " + kind);
            assertFalse(move.performedBy().isEmpty(), move + " is performed somewhere");
            for (String method : move.performedBy()) {
                List<String> bodies = bodies(method);
                assertFalse(bodies.isEmpty(), method + " exists");
                Pattern call = Pattern.compile("notifications\\.answered\\w*\\(\\s*NoticeMove\\." + move.name()
                        + "\\b");
                assertTrue(bodies.stream().anyMatch(b -> call.matcher(b).find()),
                        method + " resolves the notices " + move + " answers (" + kind + ")");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(NoticeMove.class)
    void everyMoveAnswersSomeKind(NoticeMove move) {
        assertFalse(move.answers().isEmpty(), move + " answers no notice: drop it or name what it answers");
    }

    @Test
    void theNoticesThatAskForActionAreThoseWithMovesAndTheInboxOnesAmongThem() {
        // the kinds the issue names: a new referral leaves the center's notices once it is accepted or declined
        assertTrue(NoticeKind.NEW_REFERRAL.answeredBy().containsAll(Set.of(NoticeMove.ACCEPT, NoticeMove.DECLINE)));
        assertTrue(NoticeKind.DECLINED.answeredBy().contains(NoticeMove.REFER_AGAIN));
        assertFalse(NoticeKind.ACCEPTED.asksForAction(), "information stays");
        long asking = Arrays.stream(NoticeKind.values()).filter(NoticeKind::asksForAction).count();
        assertTrue(asking >= 15, "the kinds that ask for an action: " + asking);
    }

    /** The bodies of the methods named by {@code Class#method} (every overload), from the main sources. */
    private static List<String> bodies(String classAndMethod) throws IOException {
        String[] parts = classAndMethod.split("#");
        Path file = MAIN.resolve(parts[0].replace('.', '/') + ".java");
        assertTrue(Files.exists(file), file + " exists");
        String src = Files.readString(file);
        Matcher m = Pattern.compile("\\n\\s+(public|protected|private)?[\\w<>,.\\s\\[\\]]*\\s" + parts[1]
                + "\\s*\\([^;{]*\\)[^;{]*\\{").matcher(src);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            int depth = 1;
            int i = m.end();
            while (i < src.length() && depth > 0) {
                char ch = src.charAt(i++);
                if (ch == '{') {
                    depth++;
                } else if (ch == '}') {
                    depth--;
                }
            }
            out.add(src.substring(m.end(), i));
        }
        return out;
    }
}
