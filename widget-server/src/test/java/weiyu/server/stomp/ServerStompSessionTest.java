package weiyu.server.stomp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import weiyu.server.chat.InProcessFanout;
import weiyu.widget.stomp.StompFrame;
import weiyu.widget.stomp.StompParser;

/** The server session on its own: frames in, frames out, a hand-driven clock. */
class ServerStompSessionTest {
    /** Records what the session writes, parsed back into frames. */
    static final class Wire implements ServerConnection {
        final List<StompFrame> frames = new ArrayList<>();
        int heartbeats;
        Integer closeCode;
        final StompParser parser = new StompParser(new StompParser.Handler() {
            @Override
            public void onFrame(StompFrame frame) {
                frames.add(frame);
            }

            @Override
            public void onHeartbeat() {
                heartbeats++;
            }
        });

        @Override
        public void send(String text) {
            assertTrue(parser.feed(text), "the session writes well-formed frames: " + parser.error());
        }

        @Override
        public void close(int code, String reason) {
            closeCode = code;
        }

        StompFrame last() {
            return frames.get(frames.size() - 1);
        }
    }

    /** An app that publishes every SEND back to its own topic, through the real in-process fan-out. */
    static final class EchoApp implements StompApp {
        final InProcessFanout fanout = new InProcessFanout();
        final List<String> sent = new CopyOnWriteArrayList<>();

        @Override
        public Principal authenticate(String login, String passcode) throws Refused {
            if (login == null || login.isEmpty()) {
                throw new Refused("login (the visitor uid) is required");
            }
            return new Principal(login, false);
        }

        @Override
        public void authorizeSubscribe(Principal who, String topic) throws Refused {
            if (!topic.endsWith("." + who.uid())) {
                throw new Refused("not your thread: " + topic);
            }
        }

        @Override
        public void onSend(Principal who, String topic, String body) throws Refused {
            if (body.isEmpty()) {
                throw new Refused("empty message");
            }
            sent.add(body);
            fanout.publish("/topic/" + topic, body);
        }
    }

    final EchoApp app = new EchoApp();
    final Wire wire = new Wire();
    long now = 1_000_000;
    final ServerStompSession session = new ServerStompSession(app, app.fanout, wire, () -> now);

    void in(String frame) {
        session.onText(frame);
    }

    void connect(String headers) {
        in("CONNECT\naccept-version:1.2,1.1,1.0\nhost:/\nlogin:v1\n" + headers + "\n\u0000");
    }

    @Test
    void connectNegotiatesVersionAndHeartBeats() {
        connect("heart-beat:5000,20000\n");
        StompFrame connected = wire.last();
        assertEquals("CONNECTED", connected.command());
        assertEquals("1.2", connected.header("version"));
        assertEquals("10000,10000", connected.header("heart-beat"));
        now += 19_999;
        session.tick();
        assertEquals(0, wire.heartbeats, "the client asked for one every 20 s: max(10000, 20000)");
        now += 1;
        session.tick();
        assertEquals(1, wire.heartbeats);
        assertFalse(session.isClosed(), "the client may be silent up to 2 x max(10000, 5000) = 20 s");
        now += 1;
        session.tick();
        assertTrue(session.isClosed());
    }

    @Test
    void versionIsTheBestBothSpeak() {
        assertEquals(11, ServerStompSession.negotiateVersion("1.0,1.1"));
        assertEquals(10, ServerStompSession.negotiateVersion(null));
        assertEquals(0, ServerStompSession.negotiateVersion("2.0"));
        in("CONNECT\naccept-version:2.0\nlogin:v1\n\n\u0000");
        assertEquals("ERROR", wire.last().command());
        assertEquals(1002, wire.closeCode);
    }

    @Test
    void subscribeSendAndReceiveWithAckHeaderAndReceipts() {
        connect("heart-beat:0,0\n");
        in("SUBSCRIBE\nid:sub-0\ndestination:/topic/org.workgroup.wg.v1\nack:client\nreceipt:r1\n\n\u0000");
        assertEquals("RECEIPT", wire.last().command());
        assertEquals("r1", wire.last().header("receipt-id"));
        in("SEND\ndestination:/app/org.workgroup.wg.v1\nreceipt:r2\n\n{\"type\":\"TEXT\",\"content\":\"你好\"}\u0000");
        StompFrame message = wire.frames.get(wire.frames.size() - 2);
        assertEquals("MESSAGE", message.command());
        assertEquals("sub-0", message.header("subscription"));
        assertEquals("/topic/org.workgroup.wg.v1", message.header("destination"));
        assertEquals(message.header("message-id"), message.header("ack"), "ack:client subscriptions get an ack header");
        assertEquals("text/plain;charset=UTF-8", message.header("content-type"));
        assertEquals("{\"type\":\"TEXT\",\"content\":\"你好\"}", message.body());
        assertEquals("r2", wire.last().header("receipt-id"), "the receipt of SEND follows its echo");
        in("ACK\nid:" + message.header("ack") + "\n\n\u0000");
        assertNull(wire.closeCode);
    }

    @Test
    void autoAckSubscriptionsCarryNoAckHeader() {
        connect("");
        in("SUBSCRIBE\nid:a\ndestination:/topic/t.v1\n\n\u0000");
        in("SEND\ndestination:/app/t.v1\n\nhello\u0000");
        assertNull(wire.last().header("ack"));
    }

    @Test
    void unsubscribeStopsDelivery() {
        connect("");
        in("SUBSCRIBE\nid:a\ndestination:/topic/t.v1\n\n\u0000");
        in("UNSUBSCRIBE\nid:a\n\n\u0000");
        int before = wire.frames.size();
        in("SEND\ndestination:/app/t.v1\n\nhello\u0000");
        assertEquals(before, wire.frames.size());
        assertEquals(List.of("hello"), app.sent);
    }

    private void assertRefused(String frame, String reasonPart) {
        in(frame);
        StompFrame error = wire.last();
        assertEquals("ERROR", error.command(), frame);
        assertTrue(error.header("message").contains(reasonPart), error.header("message"));
        assertEquals(1002, wire.closeCode, "the connection closes after ERROR");
        assertTrue(session.isClosed());
    }

    @Test
    void firstFrameMustBeConnect() {
        assertRefused("SEND\ndestination:/app/x\n\nhi\u0000", "first frame must be CONNECT");
    }

    @Test
    void loginIsChecked() {
        assertRefused("CONNECT\naccept-version:1.2\n\n\u0000", "login");
    }

    @Test
    void sendOutsideAppIsRefused() {
        connect("");
        assertRefused("SEND\ndestination:/topic/t.v1\n\nhi\u0000", "/app/");
        assertTrue(app.sent.isEmpty());
    }

    @Test
    void subscribingToAnotherVisitorsThreadIsRefused() {
        connect("");
        assertRefused("SUBSCRIBE\nid:a\ndestination:/topic/org.workgroup.wg.v2\n\n\u0000", "not your thread");
    }

    @Test
    void queueDestinationsAreRefused() {
        connect("");
        assertRefused("SUBSCRIBE\nid:a\ndestination:/queue/x\n\n\u0000", "/topic/");
    }

    @Test
    void unknownCommandIsRefused() {
        connect("");
        assertRefused("LAUNCH\n\n\u0000", "unknown command");
    }

    @Test
    void malformedFrameIsRefused() {
        connect("");
        assertRefused("SEND\nno colon here\n\n\u0000", "malformed frame");
    }

    @Test
    void oversizedFrameIsRefusedWithoutBuffering() {
        connect("");
        String big = "x".repeat(ServerStompSession.MAX_FRAME_BYTES + 1);
        assertRefused("SEND\ndestination:/app/t.v1\n\n" + big + "\u0000", "malformed frame");
        assertTrue(app.sent.isEmpty());
    }

    @Test
    void appRefusalBecomesError() {
        connect("");
        assertRefused("SEND\ndestination:/app/t.v1\nreceipt:r9\n\n\u0000", "empty message");
        assertEquals("r9", wire.last().header("receipt-id"));
    }

    @Test
    void duplicateSubscriptionIdIsRefused() {
        connect("");
        in("SUBSCRIBE\nid:a\ndestination:/topic/t.v1\n\n\u0000");
        assertRefused("SUBSCRIBE\nid:a\ndestination:/topic/u.v1\n\n\u0000", "already in use");
    }

    @Test
    void silentClientIsDroppedAfterTwiceTheHeartBeat() {
        connect("heart-beat:10000,10000\n");
        now += 20_000;
        session.tick();
        assertFalse(session.isClosed(), "exactly 2x is still alive");
        now += 1;
        session.tick();
        assertTrue(session.isClosed());
        assertEquals("ERROR", wire.last().command());
    }

    @Test
    void heartBeatEolsKeepTheConnectionAlive() {
        connect("heart-beat:10000,10000\n");
        for (int i = 0; i < 10; i++) {
            now += 9_000;
            in("\n");
            session.tick();
        }
        assertFalse(session.isClosed());
    }

    @Test
    void disconnectSendsItsReceiptThenCloses() {
        connect("");
        in("SUBSCRIBE\nid:a\ndestination:/topic/t.v1\n\n\u0000");
        in("DISCONNECT\nreceipt:bye\n\n\u0000");
        assertEquals("RECEIPT", wire.last().command());
        assertEquals("bye", wire.last().header("receipt-id"));
        assertEquals(1000, wire.closeCode);
        int before = wire.frames.size();
        app.fanout.publish("/topic/t.v1", "late");
        assertEquals(before, wire.frames.size(), "subscriptions end with the connection");
    }

    @Test
    void headersAreEscapedFromVersion11() {
        connect("");
        in("SUBSCRIBE\nid:a\\cb\ndestination:/topic/t.v1\n\n\u0000");
        in("SEND\ndestination:/app/t.v1\n\nhi\u0000");
        assertEquals("a:b", wire.last().header("subscription"), "escaped on the wire, unescaped by the reader");
    }
}
