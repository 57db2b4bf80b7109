package weiyu.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlElement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import weiyu.server.RunningServer;

/**
 * The seed's visitor-side rules, end to end: the demo page with the real widget.js in HtmlUnit,
 * driven through its UI, against a real widget-server and a JVM agent.
 */
class SeedScenariosTest {
    RunningServer server;

    @BeforeEach
    void start() throws Exception {
        server = RunningServer.start(RunningServer.REPO_CONFIG);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void nobodyOnlineOffersTheLeaveFormAndTheAgentGetsTheMessage() throws Exception {
        try (VisitorPage v = VisitorPage.open(server)) {
            v.openChat();
            DomElement first = v.await("the LEAVE_MSG line", () -> v.page.querySelector("#weiyu-widget [part=message][data-type=LEAVE_MSG]"));
            assertEquals("system", first.getAttribute("data-from"));
            v.await("nobody online: the leave-a-message form", () -> v.shown("leave-form"));

            try (JvmAgent agent = JvmAgent.signIn(server)) {
                v.in("leave-form", "input").type("王女士");
                v.in("leave-form", "label:nth-child(3) input").type("wang@example.com");
                v.in("leave-form", "textarea").type("想订十斤龙井");
                v.in("leave-form", "button[type=submit]").click();

                v.await("the 'message left' toast", () -> toast(v, "留言已提交"));
                Map<String, Object> left = agent.await("LEAVE_MSG_SUBMIT", 10, m -> "LEAVE_MSG_SUBMIT".equals(m.get("type")));
                assertTrue(((String) left.get("extra")).contains("想订十斤龙井"), String.valueOf(left));
                assertTrue(((String) left.get("extra")).contains("wang@example.com"), String.valueOf(left));
                assertFalse(v.shown("leave-form"), "the form closes once submitted");
            }
            assertTrue(v.browser.scriptErrors.isEmpty(), v.browser.scriptErrors.toString());
        }
    }

    @Test
    void aConversationWithAnAgentFollowsTheSeed() throws Exception {
        try (JvmAgent agent = JvmAgent.signIn(server); VisitorPage v = VisitorPage.open(server)) {
            v.openChat();
            String welcome = v.await("the WELCOME line",
                    () -> v.page.<DomElement>querySelector("#weiyu-widget [part=message][data-type=WELCOME]")).getAttribute("data-uid");
            assertFalse(v.shown("leave-form"), "an agent is online");
            StatusLog statuses = StatusLog.install(v);

            // Visitor TEXT: sending, then sent once the server's SUCCESS echo is back.
            v.sendWithEnter("请问什么时候发货？");
            Map<String, Object> question = agent.await("the visitor's question", 10,
                    m -> "TEXT".equals(m.get("type")) && "请问什么时候发货？".equals(m.get("content")));
            String questionUid = (String) question.get("uid");
            v.await("the question to show as sent", () -> "sent".equals(attr(v, questionUid, "data-status")));
            v.await("the observer to note it", () -> statuses.of(questionUid).contains("sent"));
            assertEquals(List.of("sending", "sent"), statuses.of(questionUid));
            assertEquals("self", attr(v, questionUid, "data-from"));
            v.sendWithButton("还在吗");
            agent.await("the second question", 10, m -> "还在吗".equals(m.get("content")));

            // Agent TYPING shows the indicator; the reply hides it and gets exactly one READ receipt.
            // An agent's app repeats TYPING each second while the agent types, and a signal is not
            // stored (one sent while the visitor's socket reconnects is gone), so this agent repeats it too.
            long[] nextTyping = {0};
            v.await("the typing indicator", () -> {
                if (System.nanoTime() >= nextTyping[0]) {
                    agent.send(question, "TYPING", "");
                    nextTyping[0] = System.nanoTime() + 1_000_000_000L;
                }
                return v.shown("typing");
            });
            String reply = agent.send(question, "TEXT", "今天下午发货");
            v.await("the agent's reply", () -> v.message(reply));
            assertEquals("agent", attr(v, reply, "data-from"));
            assertFalse(v.shown("typing"), "the message that came ends the typing indicator");
            agent.await("the READ receipt", 10, m -> "READ".equals(m.get("type")) && reply.equals(m.get("content")));
            assertEquals("READ", status(agent.history(v.topic()), reply), "the agent sees its reply as read");

            // RECALL replaces the agent's message with a recalled line.
            agent.send(question, "RECALL", reply);
            v.await("the recalled line", () -> "RECALL".equals(attr(v, reply, "data-type")));
            assertTrue(v.message(reply).getTextContent().contains("对方撤回了一条消息"));
            assertFalse(v.message(reply).getTextContent().contains("今天下午发货"));

            // An unknown type is a system line; TRANSFER is ignored.
            String unknown = agent.send(question, "SHOP_PROMOTION", "双十二全场八折");
            String transfer = agent.send(question, "TRANSFER", "转接给小王");
            v.await("the unknown type as a line", () -> v.message(unknown));
            assertEquals("system", attr(v, unknown, "data-from"));
            assertTrue(v.message(unknown).getTextContent().contains("双十二全场八折"));

            // RATE_INVITE offers the rating form; submitting it reaches the agent and toasts.
            String invite = agent.send(question, "RATE_INVITE", "请对本次服务评价");
            v.await("the rating form", () -> v.shown("rate-form"));
            v.in("rate-form", "input[name=wy-score][value='5']").click();
            v.in("rate-form", "input[name=wy-resolved][value=yes]").click();
            v.in("rate-form", "textarea").type("很专业");
            v.in("rate-form", "button[type=submit]").click();
            Map<String, Object> rated = agent.await("RATE_SUBMIT", 10, m -> "RATE_SUBMIT".equals(m.get("type")));
            assertTrue(((String) rated.get("extra")).contains("\"score\":5"), String.valueOf(rated));
            v.await("the 'rated' toast", () -> toast(v, "感谢您的评价"));

            // AGENT_CLOSED shows as a system line.
            String closed = agent.send(question, "AGENT_CLOSED", "客服已结束会话");
            v.await("the AGENT_CLOSED line", () -> v.message(closed));
            assertEquals("system", attr(v, closed, "data-from"));
            assertNull(v.message(transfer), "TRANSFER is not shown");
            assertEquals("system", attr(v, invite, "data-from"), "RATE_INVITE is a system line");
            List<String> before = v.uids();

            // Returning visitor: same uid, the same history once, no second receipt.
            String uid = v.visitorUid();
            v.load();
            assertEquals(uid, v.visitorUid(), "the visitor uid survives the reload");
            v.openChat();
            v.await("the history", () -> v.message(closed));
            v.settle(1500);
            List<String> after = v.uids();
            assertEquals(new HashSet<>(after).size(), after.size(), "no message twice: " + after);
            for (String u : before) {
                // The first message (WELCOME, now CONTINUE) is made fresh on each visit, with a new uid.
                // A recalled message is left out of history by the server (JdbcStore.history).
                if (!u.equals(welcome) && !u.equals(reply)) {
                    assertTrue(after.contains(u), "history brings back " + u + ": " + after);
                }
            }
            assertFalse(v.page.asNormalizedText().contains("今天下午发货"), "a recalled message does not come back");
            assertNull(v.message(transfer), "TRANSFER is not shown from history either");
            agent.pump(1000);
            assertEquals(1, agent.seen("READ", reply).size(), "one READ receipt per message, reloads included");
            assertTrue(v.browser.scriptErrors.isEmpty(), v.browser.scriptErrors.toString());
        }
    }

    static String attr(VisitorPage v, String uid, String name) {
        HtmlElement row = v.message(uid);
        return row == null ? null : row.getAttribute(name);
    }

    static String status(List<Map<String, Object>> history, String uid) {
        return history.stream().filter(m -> uid.equals(m.get("uid"))).map(m -> (String) m.get("status"))
                .findFirst().orElse(null);
    }

    static boolean toast(VisitorPage v, String text) {
        return v.page.querySelectorAll("#weiyu-widget [part=toast]").stream()
                .anyMatch(t -> t.getTextContent().contains(text));
    }
}
