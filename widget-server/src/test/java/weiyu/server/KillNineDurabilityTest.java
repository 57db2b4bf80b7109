package weiyu.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import weiyu.server.http.Json;

/**
 * Every message the server acknowledged (HTTP 200) survives {@code kill -9}: several senders
 * post concurrently, the server process is SIGKILLed at a random moment, restarted on the
 * same data directory, and the history must hold each acknowledged message exactly once, in
 * the order each sender sent them.
 */
class KillNineDurabilityTest {
    private static final int SENDERS = 6;
    private static final int PER_SENDER = 80;
    private static final String ORG = "o1";

    @TempDir
    Path dir;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @Timeout(180)
    void acknowledgedMessagesSurviveSigkill() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Path config = Files.createDirectories(dir.resolve("config").resolve("sites"));
        Path data = dir.resolve("data");
        Path log = dir.resolve("server.log");
        String visitor;
        String topic;
        List<List<String>> acked = new ArrayList<>();
        try (ServerProcess server = ServerProcess.start(config.getParent(), data, log)) {
            visitor = field(post(server, "/init", "{\"orgUid\":\"" + ORG + "\"}"), "data.uid");
            topic = field(post(server, "/thread", "{\"orgUid\":\"" + ORG + "\",\"sid\":\"wg1\",\"uid\":\"" + visitor + "\"}"),
                    "data.thread.topic");
            int killAfter = 20 + random.nextInt(SENDERS * PER_SENDER / 2);
            System.out.println("kill -9 test (seed " + seed + "): will kill after " + killAfter + " acknowledgements");
            AtomicInteger acks = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
            for (int s = 0; s < SENDERS; s++) {
                List<String> mine = Collections.synchronizedList(new ArrayList<>());
                acked.add(mine);
                int sender = s;
                pool.submit(() -> sendUntilRefused(server, sender, visitor, topic, mine, acks));
            }
            while (acks.get() < killAfter && !pool.isTerminated()) {
                Thread.sleep(1);
            }
            Thread.sleep(random.nextInt(20));
            server.kill();
            pool.shutdown();
            assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
        }
        int total = acked.stream().mapToInt(List::size).sum();
        System.out.println("kill -9 test (seed " + seed + "): killed after " + total + " acknowledgements");
        assertTrue(total >= 20, "some messages were acknowledged before the kill (seed " + seed + ")");

        try (ServerProcess restarted = ServerProcess.start(config.getParent(), data, log)) {
            List<String> history = chronologicalHistory(restarted, topic);
            System.out.println("kill -9 test (seed " + seed + "): " + history.size() + " in the history after restart");
            assertEquals(history.size(), history.stream().distinct().count(), "no message twice (seed " + seed + ")");
            Map<String, Integer> position = new HashMap<>();
            for (int i = 0; i < history.size(); i++) {
                position.put(history.get(i), i);
            }
            for (List<String> mine : acked) {
                int previous = -1;
                for (String uid : mine) {
                    Integer at = position.get(uid);
                    assertTrue(at != null, "acknowledged " + uid + " lost after kill -9 (seed " + seed + ")");
                    assertTrue(at > previous, uid + " out of its sender's order (seed " + seed + ")");
                    previous = at;
                }
            }
            assertTrue(history.size() <= total + SENDERS, "at most one unacknowledged message per sender was in flight");
            String after = sendOne(restarted, "after-restart", visitor, topic);
            assertEquals("SUCCESS", after, "the restarted server takes new messages");
        }
    }

    private void sendUntilRefused(ServerProcess server, int sender, String visitor, String topic, List<String> acked,
            AtomicInteger acks) {
        for (int i = 0; i < PER_SENDER; i++) {
            String uid = "s" + sender + "-" + i;
            try {
                if (!"SUCCESS".equals(sendOne(server, uid, visitor, topic))) {
                    return;
                }
                acked.add(uid);
                acks.incrementAndGet();
            } catch (IOException | InterruptedException | RuntimeException e) {
                return; // the server is gone: this message may or may not be stored, but was never acknowledged
            }
        }
    }

    /** The status of the echoed message, or null when the answer was not a 200. */
    private String sendOne(ServerProcess server, String uid, String visitor, String topic) throws IOException, InterruptedException {
        String message = TestMessages.text(uid, "message " + uid, topic, visitor);
        String body = Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("json", message);
            g.writeEndObject();
        });
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.origin() + "/visitor/api/v1/message/send"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 200 ? field(r.body(), "data.status") : null;
    }

    private List<String> chronologicalHistory(ServerProcess server, String topic) throws Exception {
        List<String> newestFirst = new ArrayList<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.origin()
                    + "/visitor/api/v1/message/thread/topic?pageSize=100&pageNumber=" + page + "&topic="
                    + URLEncoder.encode(topic, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            Object doc = TestJson.parse(r.body());
            for (Object m : TestJson.list(doc, "data.content")) {
                newestFirst.add(TestJson.text(m, "uid"));
            }
            if (Boolean.TRUE.equals(TestJson.at(doc, "data.last"))) {
                break;
            }
        }
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    private String post(ServerProcess server, String call, String json) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.origin() + "/visitor/api/v1" + call))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private static String field(String json, String path) {
        return TestJson.text(TestJson.parse(json), path);
    }
}
