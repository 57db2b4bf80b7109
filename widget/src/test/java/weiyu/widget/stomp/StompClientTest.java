package weiyu.widget.stomp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StompClientTest {
    private static final String CONNECTED = FakeTransports.connected("1.2", "0,0");

    private final FakeScheduler clock = new FakeScheduler();
    private final FakeTransports sockets = new FakeTransports();
    private final StompConfig config = new StompConfig();
    private double randomValue = 0.5;
    private final List<String> states = new ArrayList<>();
    private final List<StompError> errors = new ArrayList<>();
    private final StompClient client;

    StompClientTest() {
        config.url = "ws://127.0.0.1:9003/stomp";
        config.login = "v1";
        config.outboxCapacity = 3;
        client = new StompClient(config, sockets, clock, () -> randomValue);
        client.setStateListener((state, delay) -> states.add(state == ClientState.RECONNECTING
                ? ClientState.name(state) + " " + (int) delay : ClientState.name(state)));
        client.setErrorListener(errors::add);
    }

    private FakeTransports.Socket connectNow() {
        FakeTransports.Socket socket = sockets.last();
        socket.accept(CONNECTED);
        assertEquals(ClientState.CONNECTED, client.state());
        return socket;
    }

    private static List<String> commands(FakeTransports.Socket socket) {
        List<String> out = new ArrayList<>();
        for (StompFrame f : socket.frames()) {
            String d = f.header("destination");
            out.add(f.command() + (d == null ? "" : " " + d) + (f.body().isEmpty() ? "" : " " + f.body()));
        }
        return out;
    }

    @Test
    void activateConnects() {
        client.activate();
        assertEquals(List.of("CONNECTING"), states);
        assertEquals(1, sockets.opened.size());
        connectNow();
        assertEquals(List.of("CONNECTING", "CONNECTED"), states);
        assertEquals("1.2", client.session().version());
        client.activate();
        assertEquals(1, sockets.opened.size(), "activate twice is a no-op");
    }

    @Test
    void reconnectsWithGrowingJitteredDelays() {
        client.activate();
        for (int i = 0; i < 7; i++) {
            sockets.last().listener.onClose(1006, "");
            clock.advance(clock.lastDelay()); // exactly the backoff: no connect timeout meanwhile
        }
        assertEquals(List.of("CONNECTING", "RECONNECTING 500", "CONNECTING", "RECONNECTING 1000", "CONNECTING",
                "RECONNECTING 2000", "CONNECTING", "RECONNECTING 4000", "CONNECTING", "RECONNECTING 8000",
                "CONNECTING", "RECONNECTING 15000", "CONNECTING", "RECONNECTING 15000", "CONNECTING"), states);
        assertEquals(8, sockets.opened.size());
        assertEquals(1006, errors.get(0).closeCode);
    }

    @Test
    void reconnectWaitsTheWholeDelay() {
        randomValue = 0.999;
        client.activate();
        sockets.last().listener.onClose(1006, "");
        clock.advance(998);
        assertEquals(1, sockets.opened.size());
        clock.advance(1);
        assertEquals(2, sockets.opened.size());
    }

    @Test
    void backoffResetsAfterAConnectionLivedLongEnough() {
        randomValue = 1.0;
        client.activate();
        for (int i = 0; i < 4; i++) { // delays 1000, 2000, 4000, 8000
            sockets.last().listener.onClose(1006, "");
            clock.advance(clock.lastDelay());
        }
        connectNow();
        clock.advance(5000); // too short to count as healthy
        sockets.last().listener.onClose(1006, "");
        assertEquals("RECONNECTING 16000", states.get(states.size() - 1));
        clock.advance(16000);
        connectNow();
        clock.advance(30000); // healthy
        sockets.last().listener.onClose(1001, "going away");
        assertEquals("RECONNECTING 1000", states.get(states.size() - 1));
    }

    @Test
    void resubscribesAfterReconnectThenFlushesTheOutbox() {
        client.activate();
        connectNow();
        assertTrue(client.subscribe("/topic/a", m -> { }));
        assertTrue(client.subscribe("/topic/b", "auto", m -> { }));
        sockets.last().listener.onClose(1006, "");
        assertEquals(PublishResult.QUEUED, client.publish("/app/a", "one", null));
        assertEquals(PublishResult.QUEUED, client.publish("/app/a", "two", new String[] {"x", "y"}));
        clock.advance(1000);
        FakeTransports.Socket second = sockets.last();
        List<String> stateLog = new ArrayList<>();
        client.setStateListener((s, d) -> {
            stateLog.add(ClientState.name(s) + " after " + commands(second).size() + " frames");
            if (s == ClientState.CONNECTED) {
                client.publish("/app/a", "three", null); // must not overtake one and two
            }
        });
        second.accept(CONNECTED);
        assertEquals(List.of("CONNECT", "SUBSCRIBE /topic/a", "SUBSCRIBE /topic/b", "SEND /app/a one",
                "SEND /app/a two", "SEND /app/a three"), commands(second));
        assertEquals(List.of("CONNECTED after 5 frames"), stateLog);
        List<StompFrame> frames = second.frames();
        assertEquals("client", frames.get(1).header("ack"));
        assertEquals("auto", frames.get(2).header("ack"));
        assertEquals("y", frames.get(4).header("x"));
        assertEquals(0, client.outboxSize());
    }

    @Test
    void duplicateSubscribeIsRefused() {
        client.activate();
        FakeTransports.Socket socket = connectNow();
        assertTrue(client.subscribe("/topic/a", m -> { }));
        assertFalse(client.subscribe("/topic/a", m -> { }));
        assertEquals(1, commands(socket).stream().filter(c -> c.startsWith("SUBSCRIBE")).count());
        assertTrue(client.isSubscribed("/topic/a"));
        assertTrue(client.unsubscribe("/topic/a"));
        assertEquals("UNSUBSCRIBE", socket.lastFrame().command());
        assertFalse(client.unsubscribe("/topic/a"));
        assertTrue(client.subscribe("/topic/a", m -> { }), "free again after unsubscribe");
    }

    @Test
    void subscribeBeforeConnectedIsSentOnConnect() {
        assertTrue(client.subscribe("/topic/a", m -> { }));
        client.activate();
        FakeTransports.Socket socket = connectNow();
        assertEquals(List.of("CONNECT", "SUBSCRIBE /topic/a"), commands(socket));
    }

    @Test
    void outboxIsBoundedAndSaysSo() {
        assertEquals(PublishResult.INACTIVE, client.publish("/app/a", "x", null));
        client.activate();
        assertEquals(PublishResult.QUEUED, client.publish("/app/a", "1", null));
        assertEquals(PublishResult.QUEUED, client.publish("/app/a", "2", null));
        assertEquals(PublishResult.QUEUED, client.publish("/app/a", "3", null));
        assertEquals(PublishResult.OUTBOX_FULL, client.publish("/app/a", "4", null));
        assertEquals(3, client.outboxSize());
        FakeTransports.Socket socket = connectNow();
        assertEquals(List.of("CONNECT", "SEND /app/a 1", "SEND /app/a 2", "SEND /app/a 3"), commands(socket));
        assertEquals(PublishResult.SENT, client.publish("/app/a", "5", null));
        assertEquals("5", socket.lastFrame().body());
        assertNull(socket.lastFrame().header("content-type"), "bytedesk drops application/json");
    }

    @Test
    void failedSendIsQueuedNotLost() {
        client.activate();
        FakeTransports.Socket socket = connectNow();
        socket.failSends = true;
        assertEquals(PublishResult.QUEUED, client.publish("/app/a", "kept", null));
        assertEquals(ClientState.RECONNECTING, client.state());
        clock.advance(1000);
        FakeTransports.Socket next = connectNow();
        assertEquals(List.of("CONNECT", "SEND /app/a kept"), commands(next));
    }

    @Test
    void publishReceiptSurvivesTheOutbox() {
        client.activate();
        List<String> receipts = new ArrayList<>();
        client.publish("/app/a", "x", null, r -> receipts.add(r.header("receipt-id")));
        FakeTransports.Socket socket = connectNow();
        String id = socket.lastFrame().header("receipt");
        socket.listener.onMessage("RECEIPT\nreceipt-id:" + id + "\n\n\0");
        assertEquals(List.of(id), receipts);
    }

    @Test
    void connectTimeoutClosesAndRetries() {
        client.activate();
        FakeTransports.Socket socket = sockets.last();
        socket.listener.onOpen();
        clock.advance(10000);
        assertTrue(socket.closed);
        assertEquals(StompError.CONNECT_TIMEOUT, errors.get(0).kind);
        assertEquals("RECONNECTING 500", states.get(states.size() - 1));
        clock.advance(500);
        assertEquals(2, sockets.opened.size());
    }

    @Test
    void socketThatNeverOpensAlsoTimesOut() {
        client.activate();
        clock.advance(10000);
        assertEquals(StompError.CONNECT_TIMEOUT, errors.get(0).kind);
    }

    @Test
    void deactivateStopsRetries() {
        client.activate();
        sockets.last().listener.onClose(1006, "");
        assertEquals(ClientState.RECONNECTING, client.state());
        client.deactivate();
        assertEquals(ClientState.CLOSED, client.state());
        clock.advance(10_000_000);
        assertEquals(1, sockets.opened.size());
        assertEquals(0, clock.pending());
        assertEquals(PublishResult.INACTIVE, client.publish("/app/a", "x", null));
    }

    @Test
    void deactivateWhileConnectedSaysGoodbye() {
        client.activate();
        FakeTransports.Socket socket = connectNow();
        client.deactivate();
        StompFrame disconnect = socket.lastFrame();
        assertEquals("DISCONNECT", disconnect.command());
        assertEquals(ClientState.CONNECTED, client.state(), "until the receipt");
        socket.listener.onMessage("RECEIPT\nreceipt-id:" + disconnect.header("receipt") + "\n\n\0");
        assertEquals(ClientState.CLOSED, client.state());
        assertTrue(socket.closed);
        assertTrue(errors.isEmpty());
        clock.advance(10_000_000);
        assertEquals(1, sockets.opened.size());
    }

    @Test
    void deactivateWhileConnectingClosesAtOnce() {
        client.activate();
        client.deactivate();
        assertTrue(sockets.last().closed);
        assertEquals(List.of("CONNECTING", "CLOSED"), states);
        clock.advance(10_000_000);
        assertEquals(1, sockets.opened.size());
    }

    @Test
    void reactivateDuringGoodbyeStartsFresh() {
        client.activate();
        FakeTransports.Socket first = connectNow();
        client.deactivate();
        client.activate();
        assertTrue(first.closed);
        assertEquals(2, sockets.opened.size());
        first.listener.onMessage("RECEIPT\nreceipt-id:r-1\n\n\0"); // stale
        connectNow();
    }

    @Test
    void messagesReachTheirHandlerAndAreAckedAfterward() {
        client.activate();
        FakeTransports.Socket socket = connectNow();
        List<String> got = new ArrayList<>();
        client.subscribe("/topic/a", m -> {
            got.add(m.body());
            assertEquals("SUBSCRIBE", socket.lastFrame().command(), "ACK only after the handler");
        });
        String id = socket.lastFrame().header("id");
        socket.listener.onMessage("MESSAGE\nsubscription:" + id + "\ndestination:/topic/a\nmessage-id:1\nack:A1\n\nhi\0");
        assertEquals(List.of("hi"), got);
        assertEquals("ACK", socket.lastFrame().command());
        assertEquals("A1", socket.lastFrame().header("id"));
    }

    @Test
    void springMessagesWithoutAckHeaderAreNotAcked() {
        client.activate();
        FakeTransports.Socket socket = connectNow();
        List<String> got = new ArrayList<>();
        client.subscribe("/topic/a", m -> got.add(m.body()));
        int sent = socket.sent.size();
        socket.listener.onMessage("MESSAGE\nsubscription:sub-0\ndestination:/topic/a\nmessage-id:x-1\n"
                + "content-type:text/plain;charset=UTF-8\ncontent-length:2\n\nhi\0");
        assertEquals(List.of("hi"), got);
        assertEquals(sent, socket.sent.size());
    }

    @Test
    void failingHandlerIsReportedNotAckedAndTheConnectionStays() {
        client.activate();
        FakeTransports.Socket socket = connectNow();
        List<String> got = new ArrayList<>();
        client.subscribe("/topic/a", m -> {
            if (m.body().equals("bad")) {
                throw new IllegalStateException("boom");
            }
            got.add(m.body());
        });
        socket.listener.onMessage("MESSAGE\nsubscription:sub-0\nack:1\n\nbad\0MESSAGE\nsubscription:sub-0\nack:2\n\ngood\0");
        assertEquals(List.of("good"), got);
        assertEquals(StompError.HANDLER_FAILED, errors.get(0).kind);
        assertEquals("2", socket.lastFrame().header("id"));
        assertTrue(client.isConnected());
    }

    @Test
    void messagesForUnknownSubscriptionsAreIgnored() {
        client.activate();
        FakeTransports.Socket socket = connectNow();
        int sent = socket.sent.size();
        socket.listener.onMessage("MESSAGE\nsubscription:nope\nack:1\n\nx\0");
        assertEquals(sent, socket.sent.size());
    }

    @Test
    void errorFrameIsReportedThenRetried() {
        client.activate();
        FakeTransports.Socket socket = connectNow();
        socket.listener.onMessage("ERROR\nmessage:Session closed.\n\ndetails\0");
        assertEquals("Session closed.", errors.get(0).message);
        assertEquals("details", errors.get(0).body);
        assertTrue(socket.closed);
        assertEquals(ClientState.RECONNECTING, client.state());
    }

    @Test
    void deadConnectionIsRetried() {
        config.heartbeatOutgoingMs = 0;
        client.activate();
        sockets.last().accept(FakeTransports.connected("1.2", "10000,0"));
        clock.advance(20000);
        assertEquals(StompError.HEARTBEAT_TIMEOUT, errors.get(0).kind);
        assertEquals(ClientState.RECONNECTING, client.state());
        clock.advance(500);
        assertEquals(2, sockets.opened.size());
    }

    @Test
    void staleSocketEventsAreIgnored() {
        client.activate();
        FakeTransports.Socket first = connectNow();
        List<String> got = new ArrayList<>();
        client.subscribe("/topic/a", m -> got.add(m.body()));
        first.listener.onClose(1006, "");
        clock.advance(500);
        FakeTransports.Socket second = connectNow();
        first.listener.onMessage("MESSAGE\nsubscription:sub-0\n\nold\0");
        first.listener.onClose(1006, "");
        assertTrue(got.isEmpty());
        assertEquals(ClientState.CONNECTED, client.state());
        assertEquals(2, sockets.opened.size());
        assertFalse(second.closed);
    }

    @Test
    void openThatThrowsIsRetried() {
        sockets.failNextOpen = true;
        client.activate();
        assertEquals(StompError.TRANSPORT_ERROR, errors.get(0).kind);
        assertEquals(List.of("CONNECTING", "RECONNECTING 500"), states);
        clock.advance(500);
        connectNow();
    }
}
