package org.sutiao.it;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Benchmark, not a test of speed: prints the time of the national roster search and of the Excel export over the
 * demo roster and over 10,000 generated mediators, through the HTTP API as a user sees it. Each figure is the
 * median of 7 calls after 2 warm-up calls. Excluded from {@code mvn verify}; run it with
 * {@code mvn verify -Dit.test=RosterBenchmarkIT} (README). Figures are printed and written to
 * {@code target/benchmarks/roster.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RosterBenchmarkIT {
    private static final int GENERATED = 10_000;
    private static final int BATCH = 1_000;
    private static final List<String> LINES = Collections.synchronizedList(new ArrayList<>());

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(new Class<?>[]{RosterBenchmarkIT.class, RosterBench.class, Api.class, Roster.class});
    }

    @Inject
    RosterBench bench;

    @Test
    @Order(1)
    @RunAsClient
    void overTheDemoRoster() throws IOException {
        measure("demo");
    }

    @Test
    @Order(2)
    void generate() {
        bench.cleanUp();
        bench.centers();
        for (int from = 0; from < GENERATED; from += BATCH) {
            bench.batch(from, Math.min(GENERATED, from + BATCH));
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void overTenThousandMore() throws IOException {
        measure("demo+" + GENERATED);
    }

    @Test
    @Order(4)
    void cleanUp() {
        bench.cleanUp();
    }

    private static void measure(String label) throws IOException {
        Api hq = Roster.hq();
        long total = hq.get("/roster/mediators?max=1").json().getJsonNumber("total").longValue();
        assertTrue(total > 0);
        String region = URLEncoder.encode("浙江", StandardCharsets.UTF_8);
        String specialty = URLEncoder.encode("海事海商", StandardCharsets.UTF_8);
        report(label, total, "search, first page of 50, no filter", time(() -> hq.get("/roster/mediators?max=50")));
        report(label, total, "search, region=浙江", time(() -> hq.get("/roster/mediators?max=50&region=" + region)));
        report(label, total, "search, specialty=海事海商 & language=en & status=ACTIVE", time(() -> hq.get(
                "/roster/mediators?max=50&language=en&status=ACTIVE&specialty=" + specialty)));
        report(label, total, "search, sorted by training hours, page 20", time(() -> hq.get(
                "/roster/mediators?max=50&first=950&sort=trainingHours&order=desc")));
        int[] size = new int[1];
        report(label, total, "Excel export, whole roster", time(() -> {
            size[0] = hq.getBytes("/roster/mediators.xlsx").length;
            return null;
        }));
        report(label, total, "Excel export size (KB)", new double[]{size[0] / 1024.0});
        Path out = Path.of("target", "benchmarks", "roster.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, LINES, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Median and maximum of 7 timed calls (ms) after 2 warm-up calls. */
    private static double[] time(Supplier<?> call) {
        call.get();
        call.get();
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long t = System.nanoTime();
            call.get();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        return new double[]{ms.get(3), ms.get(6)};
    }

    private static void report(String label, long total, String what, double[] figures) {
        String line = figures.length == 1
                ? String.format(Locale.ROOT, "[roster benchmark] %-14s %6d mediators  %-58s %10.1f", label, total, what, figures[0])
                : String.format(Locale.ROOT, "[roster benchmark] %-14s %6d mediators  %-58s median %8.1f ms  max %8.1f ms",
                label, total, what, figures[0], figures[1]);
        System.out.println(line);
        LINES.add(line);
    }
}
