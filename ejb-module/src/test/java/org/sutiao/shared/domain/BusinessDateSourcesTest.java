package org.sutiao.shared.domain;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No source of any module, tests included, takes a date or time from the host's zone: between 16:00 and 24:00 UTC
 * the host's date is a day behind Beijing's, and a rule checked against "today" then fails for half a day (a CI run
 * at 16:07 UTC once sent yesterday's date as a suspension's start). Business dates come from {@link BusinessTime}.
 */
class BusinessDateSourcesTest {
    private static final Pattern HOST_ZONE_NOW =
            Pattern.compile("\\b(LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime)\\.now\\(\\s*\\)");

    @Test
    void noSourceReadsTheHostZonesClock() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        assertTrue(Files.isDirectory(root.resolve("ejb-module/src")), "run from a module of " + root);
        List<String> offenders;
        try (Stream<Path> files = Files.walk(root)) {
            offenders = files
                    .filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/"))
                    .filter(p -> !p.toString().contains("/target/"))
                    .filter(p -> HOST_ZONE_NOW.matcher(read(p)).find())
                    .map(p -> root.relativize(p).toString())
                    .toList();
        }
        assertEquals(List.of(), offenders, "use BusinessTime.today() or a clock with BusinessTime.ZONE");
    }

    @Test
    void theGuardRecognisesAHostZoneRead() {
        assertTrue(HOST_ZONE_NOW.matcher("var d = LocalDate" + ".now();").find());
        assertTrue(!HOST_ZONE_NOW.matcher("var d = LocalDate.now(BusinessTime.ZONE);").find());
    }

    @Test
    void todayIsTheBeijingDate() {
        assertEquals(java.time.LocalDate.now(BusinessTime.ZONE), BusinessTime.today());
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
