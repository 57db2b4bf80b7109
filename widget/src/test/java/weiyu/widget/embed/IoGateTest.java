package weiyu.widget.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import weiyu.widget.chat.Http;
import weiyu.widget.chat.KeyValueStore;
import weiyu.widget.stomp.Cancellable;
import weiyu.widget.stomp.Scheduler;
import weiyu.widget.stomp.Transport;
import weiyu.widget.stomp.TransportFactory;
import weiyu.widget.stomp.TransportListener;

class IoGateTest {
    final List<String> log = new ArrayList<>();
    final Map<String, String> stored = new HashMap<>();
    final List<Runnable> due = new ArrayList<>();
    final List<Http.Callback> pendingHttp = new ArrayList<>();
    final List<TransportListener> socketListeners = new ArrayList<>();

    final KeyValueStore store = new KeyValueStore() {
        public String get(String key) { return stored.get(key); }
        public void set(String key, String value) { stored.put(key, value); }
        public void remove(String key) { stored.remove(key); }
    };
    final Http http = new Http() {
        public void postJson(String url, String body, Callback cb) { log.add("POST " + url); pendingHttp.add(cb); }
        public void get(String url, String[] query, Callback cb) { log.add("GET " + url); pendingHttp.add(cb); }
        public void upload(String url, Object file, String[] fields, Callback cb) { log.add("UPLOAD " + url); pendingHttp.add(cb); }
    };
    final Scheduler scheduler = new Scheduler() {
        public double now() { return 0; }
        public Cancellable schedule(double delayMs, Runnable task) {
            due.add(task);
            return () -> { due.remove(task); log.add("cancelled timer"); };
        }
    };
    final TransportFactory sockets = (url, listener) -> {
        log.add("open " + url);
        socketListeners.add(listener);
        return new Transport() {
            public void send(String text) { log.add("send " + text); }
            public void close() { log.add("close " + url); }
        };
    };

    @Test
    void beforeConsentNothingIsWrittenButReadsWork() {
        IoGate gate = new IoGate(false, store, http, scheduler, sockets);
        KeyValueStore s = gate;
        stored.put("weiyu.o.uid", "v1");
        s.set("weiyu.o.sound", "off");
        s.remove("weiyu.o.uid");
        assertEquals("v1", s.get("weiyu.o.uid"));
        assertEquals(Map.of("weiyu.o.uid", "v1"), stored);
        gate.allowStorage();
        s.set("weiyu.o.sound", "off");
        assertEquals("off", stored.get("weiyu.o.sound"));
    }

    @Test
    void closeCancelsTimersClosesSocketsAndRefusesEverythingAfter() {
        IoGate gate = new IoGate(true, store, http, scheduler, sockets);
        Scheduler sch = gate;
        Http h = gate;
        TransportFactory f = gate;
        List<String> ran = new ArrayList<>();
        sch.schedule(1000, () -> ran.add("timer"));
        List<Integer> answers = new ArrayList<>();
        h.postJson("/init", "{}", (status, body) -> answers.add(status));
        List<String> events = new ArrayList<>();
        Transport t = f.open("ws://x/stomp", listener(events));

        gate.close();
        assertTrue(log.contains("cancelled timer"), log.toString());
        assertTrue(log.contains("close ws://x/stomp"), log.toString());
        assertTrue(due.isEmpty());

        log.clear();
        pendingHttp.get(0).onResponse(200, "{}");
        socketListeners.get(0).onMessage("MESSAGE");
        assertTrue(answers.isEmpty(), "a late answer does not reach the conversation");
        assertTrue(events.isEmpty(), "nor a late frame");

        h.get("/ping", new String[0], (status, body) -> answers.add(status));
        sch.schedule(5, () -> ran.add("late timer"));
        t.send("SEND");
        gate.set("weiyu.o.uid", "v2");
        assertThrows(IllegalStateException.class, () -> f.open("ws://x/stomp", listener(events)));
        assertEquals(List.of(), log, "no request, timer, frame or socket after close");
        assertTrue(due.isEmpty() && ran.isEmpty());
        assertNull(stored.get("weiyu.o.uid"));
        assertNull(gate.get("anything"));
    }

    @Test
    void timersThatRanOrWereCancelledAreForgotten() {
        IoGate gate = new IoGate(true, store, http, scheduler, sockets);
        Scheduler sch = gate;
        List<String> ran = new ArrayList<>();
        sch.schedule(1, () -> ran.add("a"));
        Cancellable b = sch.schedule(1, () -> ran.add("b"));
        due.get(0).run();
        b.cancel();
        log.clear();
        gate.close();
        assertEquals(List.of("a"), ran);
        assertEquals(List.of(), log, "nothing left to cancel");
    }

    @Test
    void aSocketTheServerClosedIsNotClosedAgain() {
        IoGate gate = new IoGate(true, store, http, scheduler, sockets);
        TransportFactory f = gate;
        List<String> events = new ArrayList<>();
        f.open("ws://x/stomp", listener(events));
        socketListeners.get(0).onClose(1006, "");
        assertEquals(List.of("close 1006"), events);
        log.clear();
        gate.close();
        assertEquals(List.of(), log);
    }

    private static TransportListener listener(List<String> events) {
        return new TransportListener() {
            public void onOpen() { events.add("open"); }
            public void onMessage(String text) { events.add("message " + text); }
            public void onBinaryMessage(byte[] data) { events.add("binary"); }
            public void onClose(int code, String reason) { events.add("close " + code); }
            public void onError(String message) { events.add("error"); }
        };
    }
}
