package weiyu.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** widget-server in its own JVM, so a test can SIGKILL it ({@link Process#destroyForcibly()}). */
public final class ServerProcess implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("widget-server: demo at (http://\\S+)/");

    private final Process process;
    private final String origin;

    private ServerProcess(Process process, String origin) {
        this.process = process;
        this.origin = origin;
    }

    /** Starts on a free port and waits for the "demo at" line, which carries the real port. */
    public static ServerProcess start(Path configDir, Path dataDir, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "weiyu.server.WidgetServer", "--port", "0", "--config-dir", configDir.toString(),
                "--data-dir", dataDir.toString()))
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> readyLine(p));
        try {
            return new ServerProcess(p, ready.get(60, TimeUnit.SECONDS));
        } catch (Exception e) {
            p.destroyForcibly();
            throw new AssertionError("widget-server did not start; see " + log, e);
        }
    }

    private static String readyLine(Process p) {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher m = READY.matcher(line);
                if (m.find()) {
                    // Keep draining stdout so the server never blocks on a full pipe.
                    Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                    drain.setDaemon(true);
                    drain.start();
                    return m.group(1);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("widget-server exited before it was ready");
    }

    public String origin() {
        return origin;
    }

    /** SIGKILL: no shutdown hooks, no flushing, like a power cut for the process. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
