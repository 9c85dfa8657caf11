package org.sutiao.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Benchmark of the sizing (issue 13 §3, docs/OPERATIONS.md §5): four concurrent maximal referral pushes, each with two
 * PDF materials of exactly 20 MiB (the per-material limit; ≈ 56 MB of JSON, under the 64 MiB body limit), against
 * the server's heap ({@code -Dit.heap=512m|768m|1g}, default 1g). Prints and writes to
 * {@code target/benchmarks/sizing.txt} each push's status and time, and the heap's peak use sampled every 100 ms on
 * the management interface. Asserts only that every answer is a 201 or a problem document (never the container's
 * HTML page), so a too small heap is reported, not hidden. Excluded from {@code mvn verify}; run it with
 * {@code -Dit.test=SizingBenchmarkIT [-Dit.heap=768m]}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SizingBenchmarkIT {
    static final int PUSHES = 4;
    static final int MATERIAL_BYTES = 20 * 1024 * 1024;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    ManagementClient management;

    @Test
    void fourConcurrentMaximalPushes() throws Exception {
        Api.clerk().ensureInvited("BJ-B-0105", "CCPIT-L-BJ");
        List<byte[]> bodies = new ArrayList<>();
        Random random = new Random(13);
        for (int i = 0; i < PUSHES; i++) {
            bodies.add(body(random));
        }
        gc();
        long before = heap("used");
        long max = heap("max");
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                try {
                    peak.accumulateAndGet(heap("used"), Math::max);
                    Thread.sleep(100);
                } catch (Exception e) {
                    return;
                }
            }
        });
        sampler.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString("clerk.bj0105:Demo-Clerk-2026!"
                .getBytes(StandardCharsets.UTF_8));
        long start = System.nanoTime();
        List<CompletableFuture<String>> pushes = new ArrayList<>();
        for (byte[] body : bodies) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(Api.BASE + "/referrals"))
                    .timeout(Duration.ofMinutes(5)).header("Authorization", auth)
                    .header("Content-Type", "application/json").header("Accept-Language", "en")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            long t = System.nanoTime();
            pushes.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((r, e) -> {
                double s = (System.nanoTime() - t) / 1e9;
                if (e != null) {
                    return String.format(Locale.ROOT, "failed after %.1f s: %s", s, e);
                }
                String type = r.headers().firstValue("Content-Type").orElse("");
                assertTrue(r.statusCode() == 201 || type.startsWith("application/problem+json"),
                        r.statusCode() + " " + type + ": never the container's page");
                String code = r.statusCode() == 201 ? "" : " " + r.body();
                return String.format(Locale.ROOT, "%d after %.1f s%s", r.statusCode(), s,
                        code.length() > 200 ? code.substring(0, 200) : code);
            }));
        }
        List<String> outcomes = new ArrayList<>();
        for (CompletableFuture<String> p : pushes) {
            outcomes.add(p.get());
        }
        double total = (System.nanoTime() - start) / 1e9;
        sampling.set(false);
        sampler.join();
        long ok = outcomes.stream().filter(o -> o.startsWith("201")).count();

        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "[sizing benchmark] heap max %d MiB; %d concurrent pushes of 2 x 20 MiB PDF"
                + " (%.1f MB JSON each)", max >> 20, PUSHES, bodies.get(0).length / 1e6));
        for (int i = 0; i < outcomes.size(); i++) {
            lines.add("[sizing benchmark] push " + (i + 1) + ": " + outcomes.get(i));
        }
        lines.add(String.format(Locale.ROOT, "[sizing benchmark] %d of %d succeeded in %.1f s; heap used before %d MiB,"
                + " peak %d MiB (sampled every 100 ms)", ok, PUSHES, total, before >> 20, peak.get() >> 20));
        lines.forEach(System.out::println);
        Path out = Path.of("target", "benchmarks", "sizing.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    /** A referral (C01's dispute, a court case number of its own) with two random 20 MiB "PDFs". */
    private static byte[] body(Random random) throws IOException {
        String head = Referrals.c01(Referrals.newCaseNumber()).remove("materials").build().toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream(60 * 1024 * 1024);
        out.write(head.substring(0, head.length() - 1).getBytes(StandardCharsets.UTF_8));
        out.write(",\"materials\":[".getBytes(StandardCharsets.US_ASCII));
        for (int m = 0; m < 2; m++) {
            byte[] pdf = new byte[MATERIAL_BYTES];
            random.nextBytes(pdf);
            byte[] magic = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(magic, 0, pdf, 0, magic.length);
            out.write(((m == 0 ? "" : ",") + "{\"fileName\":\"证据" + (m + 1) + ".pdf\",\"contentType\":\"application/pdf\","
                    + "\"contentBase64\":\"").getBytes(StandardCharsets.UTF_8));
            out.write(Base64.getEncoder().encode(pdf));
            out.write("\"}".getBytes(StandardCharsets.US_ASCII));
        }
        out.write("]}".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private long heap(String field) throws IOException {
        ModelNode op = new ModelNode();
        op.get("operation").set("read-attribute");
        op.get("address").add("core-service", "platform-mbean").add("type", "memory");
        op.get("name").set("heap-memory-usage");
        ModelNode r = management.getControllerClient().execute(op);
        assertEquals("success", r.get("outcome").asString(), r.toString());
        return r.get("result").get(field).asLong();
    }

    private void gc() throws IOException {
        ModelNode op = new ModelNode();
        op.get("operation").set("gc");
        op.get("address").add("core-service", "platform-mbean").add("type", "memory");
        management.getControllerClient().execute(op);
    }
}
