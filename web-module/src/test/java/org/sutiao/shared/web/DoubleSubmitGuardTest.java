package org.sutiao.shared.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A double click never posts a Faces form twice (issue 9 §4): every command button of every view is a PrimeFaces
 * ajax button, which PrimeFaces disables while its request runs ({@code disableOnAjax}, default true). Read from the
 * views themselves: a plain {@code h:commandButton}, {@code disableOnAjax="false"}, or a non-ajax button that is not a
 * download fails this test.
 */
class DoubleSubmitGuardTest {
    /** Non-ajax buttons that only download (an export): they create nothing. */
    private static final Set<String> DOWNLOADS = Set.of("export", "export-centers", "export-mediators", "download-pdf",
            "download-xlsx");
    private static final Pattern BUTTON = Pattern.compile("<(p:commandButton|h:commandButton|p:commandLink|h:commandLink)\\b([^>]*)>",
            Pattern.DOTALL);

    @Test
    void everyCommandButtonIsDisabledWhileItsRequestRuns() throws IOException {
        List<String> unguarded = new ArrayList<>();
        int buttons = 0;
        try (Stream<Path> views = Files.walk(Path.of("src/main/webapp"))) {
            for (Path view : views.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = BUTTON.matcher(Files.readString(view, StandardCharsets.UTF_8));
                while (m.find()) {
                    String tag = m.group(1);
                    String attributes = m.group(2);
                    String id = attribute(attributes, "id");
                    if (tag.equals("h:commandButton")) {
                        unguarded.add(view.getFileName() + " " + tag + " " + id);
                    }
                    if (!tag.equals("p:commandButton")) {
                        continue;
                    }
                    buttons++;
                    if ("false".equals(attribute(attributes, "disableOnAjax"))
                            || "false".equals(attribute(attributes, "ajax")) && !DOWNLOADS.contains(id)) {
                        unguarded.add(view.getFileName() + " " + id);
                    }
                }
            }
        }
        assertEquals(List.of(), unguarded);
        assertTrue(buttons > 50, "buttons read: " + buttons);
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : null;
    }
}
