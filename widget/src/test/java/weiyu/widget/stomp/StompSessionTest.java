package weiyu.widget.stomp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StompSessionTest {
    private final FakeScheduler clock = new FakeScheduler();
    private final FakeTransports sockets = new FakeTransports();
    private final StompConfig config = new StompConfig();
    private final Events events = new Events();

    /** What the session reported. */
    static final class Events implements SessionListener {
        int connected;
        final List<StompFrame> messages = new ArrayList<>();
        final List<StompError> closes = new ArrayList<>();
        int closedCount;

        @Override
        public void onConnected(StompSession session) {
            connected++;
        }

        @Override
        public void onMessage(StompSession session, StompFrame message) {
            messages.add(message);
        }

        @Override
        public void onClosed(StompSession session, StompError cause) {
            closedCount++;
            closes.add(cause);
        }
    }

    StompSessionTest() {
        config.url = "ws://127.0.0.1:9003/stomp";
        config.login = "visitor-1";
    }

    private StompSession open() {
        StompSession session = new StompSession(config, clock, events);
        session.open(sockets);
        return session;
    }

    private StompSession connect(String version, String heartBeat) {
        StompSession session = open();
        sockets.last().accept(FakeTransports.connected(version, heartBeat));
        assertTrue(session.isConnected());
        return session;
    }

    @Test
    void sendsConnectWhenTheSocketOpens() {
        config.passcode = "secret";
        config.connectHeaders = new String[] {"client-id", "abc"};
        open();
        FakeTransports.Socket socket = sockets.last();
        assertEquals("ws://127.0.0.1:9003/stomp", socket.url);
        assertTrue(socket.sent.isEmpty(), "nothing before onOpen");
        socket.listener.onOpen();
        StompFrame connect = socket.lastFrame();
        assertEquals("CONNECT", connect.command());
        assertEquals("1.2,1.1,1.0", connect.header("accept-version"));
        assertEquals("/", connect.header("host"));
        assertEquals("visitor-1", connect.header("login"));
        assertEquals("secret", connect.header("passcode"));
        assertEquals("10000,10000", connect.header("heart-beat"));
        assertEquals("abc", connect.header("client-id"));
    }

    @Test
    void passcodeOmittedWhenNull() {
        open();
        sockets.last().listener.onOpen();
        assertNull(sockets.last().lastFrame().header("passcode"));
    }

    @ParameterizedTest(name = "version header {0} -> {1}")
    @CsvSource({"1.2,1.2", "1.1,1.1", "1.0,1.0", "'',1.0"})
    void versionNegotiation(String header, String expected) {
        StompSession session = connect(header.isEmpty() ? null : header, null);
        assertEquals(expected, session.version());
    }

    @Test
    void unsupportedVersionIsAProtocolError() {
        open();
        sockets.last().accept(FakeTransports.connected("2.0", null));
        assertEquals(StompError.PROTOCOL_ERROR, events.closes.get(0).kind);
        assertTrue(sockets.last().closed);
    }

    /** ours (cx,cy), server's (sx,sy) -> outgoing = max(cx,sy), incoming = max(cy,sx), 0 if either is 0. */
    @ParameterizedTest(name = "ours {0},{1} server {2} -> out {3} in {4}")
    @CsvSource({
        "10000,10000, '10000,10000', 10000,10000",
        "10000,10000, '0,0',         0,0",
        "10000,10000, '',            0,0",
        "10000,10000, '5000,20000',  20000,10000",
        "10000,10000, '20000,5000',  10000,20000",
        "0,10000,     '10000,10000', 0,10000",
        "10000,0,     '10000,10000', 10000,0",
        "4000,6000,   '0,3000',      4000,0",
        "4000,6000,   '7000,0',      0,7000",
        "10000,10000, 'garbage',     0,0",
        "10000,10000, ' 8000 , 12000 ', 12000,10000",
    })
    void heartbeatNegotiation(int cx, int cy, String server, int out, int in) {
        config.heartbeatOutgoingMs = cx;
        config.heartbeatIncomingMs = cy;
        StompSession session = connect("1.2", server.isEmpty() ? null : server);
        assertEquals(out, session.outgoingHeartbeatMs());
        assertEquals(in, session.incomingHeartbeatMs());
    }

    @Test
    void outgoingHeartbeatsOnlyWhenIdle() {
        config.heartbeatIncomingMs = 0;
        StompSession session = connect("1.2", "0,10000");
        FakeTransports.Socket socket = sockets.last();
        clock.advance(9999);
        assertEquals(0, socket.heartbeatsSent());
        clock.advance(1);
        assertEquals(1, socket.heartbeatsSent());
        clock.advance(5000);
        session.send(new StompFrame("SEND").addHeader("destination", "/app/x"), null); // t=15000
        clock.advance(9999); // t=24999: the SEND counted as traffic
        assertEquals(1, socket.heartbeatsSent());
        clock.advance(1);
        assertEquals(2, socket.heartbeatsSent());
        clock.advance(100000);
        assertEquals(12, socket.heartbeatsSent());
        assertEquals(1, clock.pending(), "one timer for heart-beats");
    }

    @Test
    void deadConnectionAfterTwiceTheIncomingInterval() {
        config.heartbeatOutgoingMs = 0;
        connect("1.2", "10000,0");
        FakeTransports.Socket socket = sockets.last();
        clock.advance(19999);
        assertTrue(events.closes.isEmpty());
        clock.advance(1);
        assertEquals(StompError.HEARTBEAT_TIMEOUT, events.closes.get(0).kind);
        assertTrue(socket.closed);
    }

    @Test
    void anyInboundDataKeepsTheConnectionAlive() {
        config.heartbeatOutgoingMs = 0;
        connect("1.2", "10000,0");
        FakeTransports.Socket socket = sockets.last();
        for (int i = 0; i < 10; i++) {
            clock.advance(15000);
            socket.listener.onMessage("\n"); // heart-beat EOL
        }
        clock.advance(15000);
        socket.listener.onBinaryMessage("MESSAGE\nsubscription:s\n\nx\0".getBytes(StandardCharsets.UTF_8));
        clock.advance(15000);
        socket.listener.onMessage("MESS"); // even part of a frame
        clock.advance(19999);
        assertTrue(events.closes.isEmpty());
        clock.advance(1);
        assertEquals(StompError.HEARTBEAT_TIMEOUT, events.closes.get(0).kind);
    }

    @Test
    void noHeartbeatsWithStomp10() {
        StompSession session = connect(null, null);
        assertEquals(0, session.outgoingHeartbeatMs());
        clock.advance(1_000_000);
        assertTrue(events.closes.isEmpty());
        assertEquals(0, sockets.last().heartbeatsSent());
    }

    @Test
    void ackRabbitMq12UsesTheAckHeader() {
        StompSession session = connect("1.2", "0,0");
        StompFrame message = new StompFrame("MESSAGE").addHeader("subscription", "sub-0")
                .addHeader("message-id", "T_sub-0@@session@@1").addHeader("ack", "T_sub-0@@session@@1:ack");
        assertTrue(session.ack(message));
        StompFrame ack = sockets.last().lastFrame();
        assertEquals("ACK", ack.command());
        assertEquals("T_sub-0@@session@@1:ack", ack.header("id"));
        assertNull(ack.header("message-id"));
        assertEquals(1, ack.headerCount());
    }

    @Test
    void noAckForSpringSimpleBrokerWhichSendsNoAckHeader() {
        StompSession session = connect("1.2", "10000,10000");
        int before = sockets.last().sent.size();
        StompFrame message = new StompFrame("MESSAGE").addHeader("subscription", "sub-0")
                .addHeader("message-id", "abc-1").addHeader("destination", "/topic/x");
        assertFalse(session.ack(message));
        assertEquals(before, sockets.last().sent.size());
    }

    @Test
    void ack11UsesMessageIdAndSubscription() {
        StompSession session = connect("1.1", "0,0");
        assertTrue(session.ack(new StompFrame("MESSAGE").addHeader("subscription", "sub-3").addHeader("message-id", "m-9")));
        StompFrame ack = sockets.last().lastFrame();
        assertEquals("m-9", ack.header("message-id"));
        assertEquals("sub-3", ack.header("subscription"));
        assertNull(ack.header("id"));
        assertFalse(session.ack(new StompFrame("MESSAGE").addHeader("subscription", "sub-3")), "no message-id, no ACK");
    }

    @Test
    void ack10UsesMessageIdOnly() {
        StompSession session = connect("1.0", null);
        assertTrue(session.ack(new StompFrame("MESSAGE").addHeader("subscription", "sub-3").addHeader("message-id", "m-9")));
        StompFrame ack = sockets.last().lastFrame();
        assertEquals("m-9", ack.header("message-id"));
        assertEquals(1, ack.headerCount());
    }

    @Test
    void stomp10NeitherEscapesNorUnescapes() {
        StompSession session = connect("1.0", null);
        session.send(new StompFrame("SEND").addHeader("destination", "/a:b"), null);
        assertTrue(sockets.last().sent.get(sockets.last().sent.size() - 1).contains("destination:/a:b\n"));
        sockets.last().listener.onMessage("MESSAGE\nx:a\\tb\n\n\0");
        assertEquals("a\\tb", events.messages.get(0).header("x"));
        assertTrue(session.isConnected());
    }

    @Test
    void stomp12EscapesAndUnescapes() {
        StompSession session = connect("1.2", "0,0");
        session.send(new StompFrame("SEND").addHeader("destination", "/a:b"), null);
        assertTrue(sockets.last().sent.get(sockets.last().sent.size() - 1).contains("destination:/a\\cb\n"));
        sockets.last().listener.onMessage("MESSAGE\nx:a\\cb\n\n\0");
        assertEquals("a:b", events.messages.get(0).header("x"));
    }

    @Test
    void receiptCallbackRunsOnItsReceipt() {
        StompSession session = connect("1.2", "0,0");
        List<String> got = new ArrayList<>();
        assertTrue(session.send(new StompFrame("SEND").addHeader("destination", "/app/a"), r -> got.add(r.header("receipt-id"))));
        String id = sockets.last().lastFrame().header("receipt");
        assertTrue(id != null && !id.isEmpty());
        sockets.last().listener.onMessage("RECEIPT\nreceipt-id:other\n\n\0");
        assertTrue(got.isEmpty());
        sockets.last().listener.onMessage("RECEIPT\nreceipt-id:" + id + "\n\n\0");
        sockets.last().listener.onMessage("RECEIPT\nreceipt-id:" + id + "\n\n\0");
        assertEquals(List.of(id), got);
    }

    @Test
    void ownReceiptHeaderIsUsed() {
        StompSession session = connect("1.2", "0,0");
        int[] calls = new int[1];
        session.send(new StompFrame("SEND").addHeader("receipt", "mine"), r -> calls[0]++);
        sockets.last().listener.onMessage("RECEIPT\nreceipt-id:mine\n\n\0");
        assertEquals(1, calls[0]);
    }

    @Test
    void errorFrameEndsTheSessionWithMessageAndBody() {
        connect("1.2", "0,0");
        sockets.last().listener.onMessage("ERROR\nmessage:Unknown destination\n\nNo such thing\0MESSAGE\n\n\0");
        StompError error = events.closes.get(0);
        assertEquals(StompError.SERVER_ERROR, error.kind);
        assertEquals("Unknown destination", error.message);
        assertEquals("No such thing", error.body);
        assertTrue(sockets.last().closed);
        assertTrue(events.messages.isEmpty(), "nothing is delivered after ERROR");
    }

    @Test
    void errorBeforeConnected() {
        open();
        sockets.last().accept("ERROR\nmessage:Bad login\n\n\0");
        assertEquals("Bad login", events.closes.get(0).message);
    }

    @Test
    void parserErrorEndsTheSession() {
        connect("1.2", "0,0");
        sockets.last().listener.onMessage("MESSAGE\nbroken header\n\n\0");
        assertEquals(StompError.PROTOCOL_ERROR, events.closes.get(0).kind);
        assertTrue(sockets.last().closed);
    }

    @Test
    void disconnectWaitsForItsReceipt() {
        StompSession session = connect("1.2", "10000,10000");
        session.disconnect();
        StompFrame disconnect = sockets.last().lastFrame();
        assertEquals("DISCONNECT", disconnect.command());
        assertFalse(sockets.last().closed);
        assertFalse(session.send(new StompFrame("SEND"), null), "nothing after DISCONNECT");
        sockets.last().listener.onMessage("RECEIPT\nreceipt-id:" + disconnect.header("receipt") + "\n\n\0");
        assertTrue(sockets.last().closed);
        assertEquals(1, events.closedCount);
        assertNull(events.closes.get(0));
        assertEquals(0, clock.pending(), "no timers left");
    }

    @Test
    void disconnectGivesUpWaitingAfterATimeout() {
        StompSession session = connect("1.2", "0,0");
        session.disconnect();
        clock.advance(config.disconnectTimeoutMs - 1);
        assertFalse(sockets.last().closed);
        clock.advance(1);
        assertTrue(sockets.last().closed);
        assertNull(events.closes.get(0));
    }

    @Test
    void connectTimeout() {
        open();
        sockets.last().listener.onOpen();
        clock.advance(9999);
        assertTrue(events.closes.isEmpty());
        clock.advance(1);
        assertEquals(StompError.CONNECT_TIMEOUT, events.closes.get(0).kind);
        assertTrue(sockets.last().closed);
    }

    @Test
    void socketClosedByServerReportsCodeAndReason() {
        connect("1.2", "0,0");
        sockets.last().listener.onClose(1011, "server restart");
        StompError error = events.closes.get(0);
        assertEquals(StompError.TRANSPORT_CLOSED, error.kind);
        assertEquals(1011, error.closeCode);
        assertEquals("server restart", error.message);
        assertFalse(sockets.last().closed, "no need to close what the peer closed");
    }

    @Test
    void eventsAfterTheEndAreIgnored() {
        StompSession session = connect("1.2", "0,0");
        FakeTransports.Socket socket = sockets.last();
        socket.listener.onError("boom");
        socket.listener.onClose(1006, "");
        socket.listener.onMessage("MESSAGE\n\n\0");
        assertEquals(1, events.closedCount);
        assertEquals(StompError.TRANSPORT_ERROR, events.closes.get(0).kind);
        assertTrue(events.messages.isEmpty());
        assertTrue(session.isClosed());
    }

    @Test
    void sendFailureEndsTheSession() {
        StompSession session = connect("1.2", "0,0");
        sockets.last().failSends = true;
        assertFalse(session.send(new StompFrame("SEND"), null));
        assertEquals(StompError.TRANSPORT_ERROR, events.closes.get(0).kind);
    }

    @Test
    void openFailureEndsTheSession() {
        sockets.failNextOpen = true;
        StompSession session = open();
        assertTrue(session.isClosed());
        assertEquals(StompError.TRANSPORT_ERROR, events.closes.get(0).kind);
        assertEquals(0, clock.pending());
    }

    @Test
    void subscribeAndUnsubscribeFrames() {
        StompSession session = connect("1.2", "0,0");
        session.subscribe("sub-0", "/topic/org.agent.a.v", "client");
        StompFrame sub = sockets.last().lastFrame();
        assertEquals("SUBSCRIBE", sub.command());
        assertEquals("sub-0", sub.header("id"));
        assertEquals("/topic/org.agent.a.v", sub.header("destination"));
        assertEquals("client", sub.header("ack"));
        session.unsubscribe("sub-0");
        assertEquals("UNSUBSCRIBE", sockets.last().lastFrame().command());
        assertSame(null, sockets.last().lastFrame().header("destination"));
    }
}
