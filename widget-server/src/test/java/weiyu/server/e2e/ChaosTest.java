package weiyu.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import weiyu.server.RunningServer;

/**
 * A conversation of N messages, visitor (through the UI) and agent alternating, while the
 * server cuts the visitor's WebSocket every 0.5–3 s (0.1–0.6 s in the short CI run) and the page is reloaded twice: both
 * sides must see every message exactly once, in order. N = 60 by default;
 * {@code -Dchaos.messages=1000} for the full run.
 */
class ChaosTest {
    static final int N = Integer.getInteger("chaos.messages", 60);
    /** Cuts every 0.5–3 s in the full run; the short CI run cuts more often so that it cuts at all. */
    static final int CUT_MIN_MS = Integer.getInteger("chaos.cutMinMs", N >= 500 ? 500 : 100);
    static final int CUT_MAX_MS = Integer.getInteger("chaos.cutMaxMs", N >= 500 ? 3000 : 600);
    /** A run that never caught the visitor connected proves nothing: this many cuts wait for a live socket. */
    static final int MIN_CUTS = 3;

    RunningServer server;
    VisitorPage v;
    JvmAgent agent;
    final Random random = new Random(Long.getLong("chaos.seed", 5L));
    long nextCut;
    int cuts;
    int attempts;
    final long started = System.nanoTime();

    @Test
    void everyMessageOnceAndInOrderDespiteCutsAndReloads() throws Exception {
        server = RunningServer.start(RunningServer.REPO_CONFIG);
        try (JvmAgent a = JvmAgent.signIn(server); VisitorPage page = VisitorPage.open(server)) {
            agent = a;
            v = page;
            v.openChat();
            v.await("the WELCOME line", () -> v.page.querySelector("#weiyu-widget [part=message][data-type=WELCOME]"));
            Map<String, Object> threadCarrier = null;
            List<String> expected = new ArrayList<>();
            List<List<String>> seenPerPage = new ArrayList<>();
            scheduleCut();
            for (int i = 0; i < N; i++) {
                int stride = Math.max(1, N / MIN_CUTS);
                if (i % stride == 0 && i / stride < MIN_CUTS) {
                    cutOnceConnected(); // besides the random cuts, a few that surely hit a live socket
                }
                if (i > 0 && (i == N / 3 || i == 2 * N / 3)) {
                    seenPerPage.add(visitorRowsWhenComplete(expected));
                    v.load();
                    v.openChat();
                }
                if (i % 2 == 0 || threadCarrier == null) {
                    String text = "v" + i;
                    v.sendWithEnter(text);
                    Map<String, Object> m = waitFor("the agent to get " + text, () -> agent.seen("TEXT", text).size() > 0)
                            ? agent.seen("TEXT", text).get(0) : null;
                    threadCarrier = m;
                    expected.add((String) m.get("uid"));
                } else {
                    String uid = agent.send(threadCarrier, "TEXT", "a" + i);
                    expected.add(uid);
                    // Alternating as people do: the visitor answers what it has seen. (A message typed
                    // before an incoming one arrives is shown first: the widget never moves a row.)
                    waitFor("the visitor to show a" + i, () -> v.message(uid) != null);
                }
                cutIfDue();
            }
            seenPerPage.add(visitorRowsWhenComplete(expected));

            List<String> agentSaw = agent.history(v.topic()).stream().filter(m -> "TEXT".equals(m.get("type")))
                    .map(m -> (String) m.get("uid")).toList();
            assertEquals(expected, agentSaw, "the agent's history: every message once, in order");
            assertVisitorSawAllInOrder(expected, seenPerPage);
            assertTrue(cuts >= MIN_CUTS, "the run cut the visitor's connection only " + cuts + " times");
            System.out.printf("chaos: %d messages, %d cuts (%d tries, the others found the visitor reconnecting), 2 reloads:"
                    + " visitor saw %d unique in order, agent saw %d (%.1f s)%n", N, cuts, attempts, flatten(seenPerPage).stream().filter(expected::contains).distinct().count(), agentSaw.size(),
                    (System.nanoTime() - started) / 1e9);
            assertTrue(v.browser.scriptErrors.isEmpty(), v.browser.scriptErrors.toString());
        } finally {
            server.close();
        }
    }

    /** Waits (cutting meanwhile) until the visitor shows every expected message, then its rows. */
    private List<String> visitorRowsWhenComplete(List<String> expected) throws Exception {
        String last = expected.isEmpty() ? null : expected.get(expected.size() - 1);
        waitFor("the visitor to show " + last, () -> last == null || v.message(last) != null);
        v.settle(300);
        return v.uids();
    }

    /**
     * Each page showed a contiguous, ordered, duplicate-free run of the conversation (a reload
     * shows the newest history page first), and together they hold every message.
     */
    private static void assertVisitorSawAllInOrder(List<String> expected, List<List<String>> pages) {
        HashSet<String> all = new HashSet<>();
        for (List<String> rows : pages) {
            List<String> chat = rows.stream().filter(expected::contains).toList();
            assertEquals(new HashSet<>(chat).size(), chat.size(), "no message twice on one page: " + chat);
            int from = expected.indexOf(chat.get(0));
            assertEquals(expected.subList(from, from + chat.size()), chat, "the page shows the conversation in order");
            all.addAll(chat);
        }
        assertEquals(expected.size(), all.size(), "every message reached the visitor");
    }

    private static List<String> flatten(List<List<String>> pages) {
        return pages.stream().flatMap(List::stream).toList();
    }

    private boolean waitFor(String what, BooleanSupplier done) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("chaos: timed out waiting for " + what + " after " + cuts + " cuts");
            }
            agent.pump(20);
            cutIfDue();
        }
        return true;
    }

    /** Waits for the visitor to be connected, then cuts it. */
    private void cutOnceConnected() throws Exception {
        waitFor("the visitor to be connected, to cut it", () -> {
            int dropped = server.server().stompEndpoint().dropVisitorsForTests();
            cuts += dropped > 0 ? 1 : 0;
            return dropped > 0;
        });
    }

    private void cutIfDue() {
        if (System.nanoTime() >= nextCut) {
            int dropped = server.server().stompEndpoint().dropVisitorsForTests();
            cuts += dropped > 0 ? 1 : 0;
            attempts++;
            if (Boolean.getBoolean("chaos.verbose")) {
                System.out.printf("chaos: cut at %.1f s dropped %d%n", (System.nanoTime() - started) / 1e9, dropped);
            }
            scheduleCut();
        }
    }

    private void scheduleCut() {
        nextCut = System.nanoTime() + (CUT_MIN_MS + random.nextInt(CUT_MAX_MS - CUT_MIN_MS + 1)) * 1_000_000L;
    }
}
