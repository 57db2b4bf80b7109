package weiyu.loadgen;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import weiyu.widget.stomp.StompFrame;

/**
 * Visitor load against a running widget-server, from a separate process.
 * <pre>
 *   java -jar loadgen.jar echo ORIGIN VISITORS SECONDS   each visitor sends 1 TEXT/s; echo latency percentiles
 *                                                        (after 10 s of warm-up, not counted)
 *   java -jar loadgen.jar idle ORIGIN VISITORS SECONDS   connected, subscribed, heart-beating sessions held open
 * </pre>
 */
public final class LoadGen {
    private LoadGen() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4 || !(args[0].equals("echo") || args[0].equals("idle"))) {
            System.err.println("usage: java -jar loadgen.jar echo|idle ORIGIN VISITORS SECONDS");
            System.exit(2);
        }
        String origin = args[1];
        int visitors = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Percentiles latency = new Percentiles();
        AtomicInteger echoes = new AtomicInteger();
        // The first 10 s warm up both JVMs (JIT, connection pools) and are not counted.
        boolean[] measuring = {false};

        long t0 = System.nanoTime();
        List<VisitorSetup.Visitor> people = setUp(http, origin, visitors);
        System.out.printf("set up %d visitors over HTTP in %.1f s%n", people.size(), (System.nanoTime() - t0) / 1e9);

        String ws = origin.replaceFirst("^http", "ws") + "/stomp";
        List<StompConnection> connections = new ArrayList<>();
        // Heart-beats start as each session connects: connecting 10,000 takes longer than the
        // server's 20 s silence limit, so waiting for all of them would get the first ones dropped.
        ScheduledExecutorService timers = Executors.newScheduledThreadPool(2);
        t0 = System.nanoTime();
        for (VisitorSetup.Visitor v : people) {
            StompConnection c = new StompConnection(frame -> {
                Long start = sentAt.remove(VisitorSetup.fieldOrNull(frame.body(), "uid"));
                if (start != null && measuring[0]) {
                    latency.add((System.nanoTime() - start) / 1000);
                    echoes.incrementAndGet();
                }
            });
            c.open(http, ws, v.uid());
            c.subscribe("/topic/" + v.dottedTopic());
            timers.scheduleAtFixedRate(c::heartbeat, ThreadLocalRandom.current().nextInt(10_000), 10_000, TimeUnit.MILLISECONDS);
            connections.add(c);
        }
        System.out.printf("connected %d STOMP sessions in %.1f s%n", connections.size(), (System.nanoTime() - t0) / 1e9);

        AtomicInteger sent = new AtomicInteger();
        if (args[0].equals("echo")) {
            for (int i = 0; i < connections.size(); i++) {
                StompConnection c = connections.get(i);
                VisitorSetup.Visitor v = people.get(i);
                timers.scheduleAtFixedRate(() -> {
                    String uid = Long.toHexString(ThreadLocalRandom.current().nextLong()) + Long.toHexString(System.nanoTime());
                    sentAt.put(uid, System.nanoTime());
                    if (measuring[0]) {
                        sent.incrementAndGet();
                    }
                    c.send(new StompFrame("SEND").addHeader("destination", "/app/" + v.dottedTopic())
                            .setBody(message(uid, v)));
                }, ThreadLocalRandom.current().nextInt(1000), 1000, TimeUnit.MILLISECONDS);
            }
        }
        Thread.sleep(10_000);
        measuring[0] = true;
        sent.set(0);
        Thread.sleep(seconds * 1000L);
        timers.shutdownNow();
        Thread.sleep(1000);
        long open = connections.stream().filter(c -> !c.closed).count();
        System.out.printf("%s: %d visitors, %d s: %d sessions still open%n", args[0], visitors, seconds, open);
        Map<String, Long> reasons = new java.util.TreeMap<>();
        connections.stream().filter(c -> c.closed).forEach(c -> reasons.merge(String.valueOf(c.endReason).replaceAll("[0-9]+ ms", "N ms"), 1L, Long::sum));
        reasons.forEach((reason, n) -> System.out.printf("  ended: %d x %s%n", n, reason));
        if (args[0].equals("echo")) {
            System.out.printf("sent %d, echoed %d (%.0f msg/s): %s%n", sent.get(), echoes.get(),
                    echoes.get() / (double) seconds, latency.summary());
        }
        System.exit(0);
    }

    private static List<VisitorSetup.Visitor> setUp(HttpClient http, String origin, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<VisitorSetup.Visitor>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            futures.add(pool.submit(() -> new VisitorSetup(http, origin).create()));
        }
        List<VisitorSetup.Visitor> out = new ArrayList<>();
        for (Future<VisitorSetup.Visitor> f : futures) {
            out.add(f.get());
        }
        pool.shutdown();
        return out;
    }

    private static String message(String uid, VisitorSetup.Visitor v) {
        return "{\"uid\":\"" + uid + "\",\"type\":\"TEXT\",\"content\":\"load test 你好\",\"status\":\"SENDING\","
                + "\"createdAt\":\"2026-11-25T10:00:00.000Z\",\"channel\":\"WEB_FLOAT\",\"extra\":\"{\\\"orgUid\\\":\\\"df_org_uid\\\"}\","
                + "\"thread\":" + v.threadJson() + ",\"user\":{\"uid\":\"" + v.uid() + "\",\"nickname\":\"load\",\"type\":\"VISITOR\"}}";
    }
}
