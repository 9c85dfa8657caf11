package org.sutiao.testing.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Lets the application itself prepare a database: starts the provisioned WildFly once with the EAR on it (Flyway
 * migrates, the first-start import loads the reference data, demo accounts, roster and fee schedules), waits for the
 * deployment, then shuts the server down. The server runs from its own base directory (a copy of
 * {@code standalone/configuration} plus the EAR in {@code deployments}), so the provisioned server keeps no
 * deployment; its ports are shifted by {@code bench.port.offset}.
 */
final class ServerImport {
    private ServerImport() {
    }

    static void run(String url, String user, String password) throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("bench.server.dir"));
        Path ear = Path.of(System.getProperty("bench.ear"));
        Path base = Path.of(System.getProperty("bench.work", "target/bench-server"));
        int offset = Integer.getInteger("bench.port.offset", 0);
        if (Files.exists(base)) {
            try (Stream<Path> walk = Files.walk(base)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        copyTree(home.resolve("standalone/configuration"), base.resolve("configuration"));
        Files.createDirectories(base.resolve("deployments"));
        Files.createDirectories(base.resolve("log"));
        Files.copy(ear, base.resolve("deployments/sutiao.ear"), StandardCopyOption.REPLACE_EXISTING);
        List<String> cmd = new ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base.toAbsolutePath(), "-Djboss.socket.binding.port-offset=" + offset,
                "-Dsutiao.db.driver=postgresql", "-Dsutiao.db.url=" + url, "-Dsutiao.db.user=" + user,
                "-Dsutiao.db.password=" + password, "-Dsutiao.demo-data=true"));
        System.out.println("[bench-data] starting the server once so that the application migrates and imports: "
                + base.resolve("log/console.log"));
        long t0 = System.nanoTime();
        Process server = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(base.resolve("log/console.log").toFile()).start();
        Path deployed = base.resolve("deployments/sutiao.ear.deployed");
        Path failed = base.resolve("deployments/sutiao.ear.failed");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (!Files.exists(deployed) && !Files.exists(failed) && server.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(2000);
        }
        boolean ok = Files.exists(deployed);
        Process cli = new ProcessBuilder(home.resolve("bin/jboss-cli.sh").toString(), "--connect",
                "--controller=localhost:" + (9990 + offset), "--command=shutdown").inheritIO().start();
        cli.waitFor(2, TimeUnit.MINUTES);
        if (!server.waitFor(2, TimeUnit.MINUTES)) {
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
        }
        if (!ok) {
            throw new IllegalStateException("The application did not deploy on " + url + "; see "
                    + base.resolve("log"));
        }
        System.out.printf("[bench-data] schema migrated and reference/demo data imported by the application (%.0f s)%n",
                (System.nanoTime() - t0) / 1e9);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
