package org.sutiao.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Benchmark, not a test of speed: the cost of a form login (the login page, then the credentials posted; median of
 * 9 after 2 warm-ups) and of 100 sequential {@code GET /api/v1/cases?size=20} with HTTP Basic (median of 5 rounds
 * after one warm-up round), as a client sees them. Excluded from {@code mvn verify}; run it with
 * {@code -Dit.test=AuthBenchmarkIT}. Figures are printed and written to {@code target/benchmarks/auth.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthBenchmarkIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void loginAndApiCalls() throws IOException {
        List<String> lines = new ArrayList<>();
        List<Double> logins = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            Pages pages = new Pages();
            long t = System.nanoTime();
            String location = pages.login("clerk.bj0105", "Demo-Clerk-2026!").headers().firstValue("Location")
                    .orElse("");
            assertFalse(location.contains("error"), location);
            if (i >= 2) {
                logins.add((System.nanoTime() - t) / 1e6);
            }
        }
        Api clerk = Api.clerk();
        List<Double> rounds = new ArrayList<>();
        for (int r = 0; r < 6; r++) {
            long t = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                assertEquals(200, clerk.get("/cases?size=20").status());
            }
            if (r >= 1) {
                rounds.add((System.nanoTime() - t) / 1e6);
            }
        }
        lines.add(String.format(Locale.ROOT, "[auth benchmark] form login (page + POST)            median %8.1f ms",
                median(logins)));
        lines.add(String.format(Locale.ROOT, "[auth benchmark] 100 x GET /cases?size=20, Basic auth   median %8.1f ms"
                + " (%.1f ms per call)", median(rounds), median(rounds) / 100));
        lines.forEach(System.out::println);
        Path out = Path.of("target", "benchmarks", "auth.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
