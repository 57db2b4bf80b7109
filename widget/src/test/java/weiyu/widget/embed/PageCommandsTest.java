package weiyu.widget.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageCommandsTest {
    final List<String> calls = new ArrayList<>();
    final WidgetControl widget = new WidgetControl() {
        public void open() { calls.add("open"); }
        public void close() { calls.add("close"); }
        public void toggle() { calls.add("toggle"); }
        public void setUser(String n, String e, String a, String m, String note) { calls.add("setUser " + n + " " + e + " " + a + " " + m + " " + note); }
        public void send(String text) { calls.add("send " + text); }
        public void consent() { calls.add("consent"); }
        public void shutdown() { calls.add("shutdown"); }
    };

    static CommandArgs args(Object... values) {
        return new CommandArgs() {
            public String string(int i) { return i < values.length && values[i] instanceof String s ? s : null; }
            @SuppressWarnings("unchecked")
            public String field(int i, String name) {
                return i < values.length && values[i] instanceof Map<?, ?> m && m.get(name) instanceof String s ? s : null;
            }
            public boolean isFunction(int i) { return i < values.length && values[i] instanceof Runnable; }
        };
    }

    @Test
    void simpleCommandsReachTheWidget() {
        for (String c : new String[] {"open", "close", "toggle", "consent", "shutdown"}) {
            assertNull(PageCommands.run(c, args(), widget));
        }
        assertEquals(List.of("open", "close", "toggle", "consent", "shutdown"), calls);
    }

    @Test
    void setUserTakesOnlyStringFields() {
        assertNull(PageCommands.run("setUser", args(Map.of("nickname", "Ann", "email", "a@example.com", "avatar", 42)), widget));
        assertEquals(List.of("setUser Ann a@example.com null null null"), calls);
    }

    @Test
    void sendNeedsReasonableText() {
        assertNull(PageCommands.run("send", args("order 42?"), widget));
        assertTrue(PageCommands.run("send", args(""), widget).contains("non-empty"));
        assertTrue(PageCommands.run("send", args(42), widget).contains("non-empty"));
        assertTrue(PageCommands.run("send", args("x".repeat(PageCommands.MAX_SEND_LENGTH + 1)), widget).contains("longer"));
        assertEquals(List.of("send order 42?"), calls);
    }

    @Test
    void onIsValidatedAndUnknownCommandsExplained() {
        Runnable fn = () -> { };
        assertNull(PageCommands.run("on", args("message", fn), widget));
        assertTrue(PageCommands.run("on", args("hover", fn), widget).contains("one of ready"));
        assertTrue(PageCommands.run("on", args("message", "notafunction"), widget).contains("one of ready"));
        assertEquals("weiyu(): unknown command 'explode'", PageCommands.run("explode", args(), widget));
        assertTrue(PageCommands.run(null, args(), widget).contains("command name"));
        assertTrue(calls.isEmpty());
    }
}
