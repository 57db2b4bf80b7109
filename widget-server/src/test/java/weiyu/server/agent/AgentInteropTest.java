package weiyu.server.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import weiyu.server.RunningServer;
import weiyu.server.StompWsClient;
import weiyu.server.TestJson;
import weiyu.server.TestMessages;
import weiyu.server.visitor.ApiClient;
import weiyu.widget.stomp.StompFrame;

/**
 * Interop: the agent is @stomp/stompjs 7 on Node 20 ({@code src/test/node/agent-interop.mjs}),
 * an independent STOMP implementation; the JVM plays the visitor. Needs {@code npm ci} in that
 * folder: skipped without it on a developer machine, failed without it in CI (CI=true).
 */
class AgentInteropTest {
    static final Path NODE_PROJECT = Path.of("src", "test", "node");
    static final String ORG = "df_org_uid";

    private static void requireNodeProject() {
        String missing = null;
        if (!Files.isDirectory(NODE_PROJECT.resolve("node_modules").resolve("@stomp").resolve("stompjs"))) {
            missing = "node_modules is missing: run (cd widget-server/src/test/node && npm ci)";
        } else if (!nodeRuns()) {
            missing = "node (20 or later) is not on the PATH";
        }
        if (missing != null && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("the stompjs interop test cannot run in CI: " + missing);
        }
        Assumptions.assumeTrue(missing == null, missing);
    }

    private static boolean nodeRuns() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The node process's stdout, line by line, as it comes. */
    private static BlockingQueue<String> lines(Process node) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "agent-interop-stdout");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private static String expectLine(BlockingQueue<String> lines, String prefix, Process node, Path stderr) throws Exception {
        String line = lines.poll(20, TimeUnit.SECONDS);
        if (line == null || !line.startsWith(prefix)) {
            node.waitFor(2, TimeUnit.SECONDS);
            throw new AssertionError("expected '" + prefix + "' from the stompjs agent, got " + line + "; its stderr: "
                    + (Files.exists(stderr) ? Files.readString(stderr) : ""));
        }
        return line;
    }

    @Test
    void aStompJsAgentAnswersAJvmVisitor() throws Exception {
        requireNodeProject();
        Path stderr = Files.createTempFile(Files.createDirectories(Path.of("target")), "agent-interop-", ".stderr");
        try (RunningServer server = RunningServer.start(RunningServer.REPO_CONFIG)) {
            Process node = new ProcessBuilder("node", "agent-interop.mjs", server.origin())
                    .directory(NODE_PROJECT.toFile()).redirectError(stderr.toFile()).start();
            try {
                BlockingQueue<String> lines = lines(node);
                expectLine(lines, "READY", node, stderr);

                ApiClient visitorApi = new ApiClient(server);
                String visitor = visitorApi.newVisitor(ORG);
                var thread = visitorApi.openThread(ORG, "df_wg_uid", visitor);
                assertEquals("WELCOME", thread.text("data.type"), "the stompjs agent counts as online");
                String topic = thread.text("data.thread.topic");
                String dotted = topic.replace('/', '.');
                try (StompWsClient visitorSide = StompWsClient.connect(server.origin(), visitor, null)) {
                    visitorSide.subscribe("t", "/topic/" + dotted);
                    String uid = "interop-" + visitor;
                    visitorSide.send("/app/" + dotted, TestMessages.text(uid, "有人吗？ are you there", topic, visitor));

                    assertEquals("GOT " + uid + " " + topic, expectLine(lines, "GOT", node, stderr));
                    expectLine(lines, "LISTED", node, stderr);
                    StompFrame reply = visitorSide.awaitMessage("/topic/" + dotted, "stompjs agent got", 10);
                    Object json = TestJson.parse(reply.body());
                    assertEquals("stompjs agent got: 有人吗？ are you there", TestJson.text(json, "content"));
                    assertEquals("AGENT", TestJson.text(json, "user.type"));
                    assertEquals("SUCCESS", TestJson.text(json, "status"));
                    assertEquals("ECHO " + TestJson.text(json, "uid"), expectLine(lines, "ECHO", node, stderr));
                    expectLine(lines, "DONE", node, stderr);
                }
                assertTrue(node.waitFor(10, TimeUnit.SECONDS), "the stompjs agent exits");
                assertEquals(0, node.exitValue(), Files.readString(stderr));
            } finally {
                node.destroyForcibly();
            }
        }
    }
}
