package weiyu.server.chat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import weiyu.server.http.Json;

/**
 * Message JSON in and out. Parsing checks every field's type and size, so whatever gets
 * past {@link #parse} is safe to store and to echo.
 */
public final class MessageJson {
    /** A whole message, as in one STOMP frame (the server's frame limit is 128 KiB). */
    public static final int MAX_CHARS = 128 * 1024;
    static final int MAX_CONTENT = 64 * 1024;
    static final int MAX_EXTRA = 16 * 1024;
    static final int MAX_SHORT = 1024;

    private static final Pattern UID = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");
    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z_]{0,39}");

    private MessageJson() {
    }

    public static ChatMessage parse(String json) throws Rejected {
        if (json == null || json.isBlank()) {
            throw Rejected.invalid("the message is empty");
        }
        if (json.length() > MAX_CHARS) {
            throw Rejected.invalid("the message is larger than " + MAX_CHARS + " characters");
        }
        ChatMessage m = JsonInput.parse(json, MessageJson::readMessage);
        if (m.uid() == null || !UID.matcher(m.uid()).matches()) {
            throw Rejected.invalid("'uid' must be 1-128 letters, digits, '_', '-', '.' or ':'");
        }
        if (m.type() == null || !TYPE.matcher(m.type()).matches()) {
            throw Rejected.invalid("'type' must be an upper-case message type such as TEXT");
        }
        if (m.thread() == null || m.thread().topic() == null) {
            throw Rejected.invalid("'thread.topic' is missing: send the thread object POST /thread returned");
        }
        if (!Topics.isValid(m.thread().topic())) {
            throw Rejected.invalid("'thread.topic' is not a thread topic (org/<kind>/<uid>/<visitor uid>)");
        }
        if (m.user() == null || m.user().uid() == null || m.user().uid().isEmpty()) {
            throw Rejected.invalid("'user.uid' is missing");
        }
        return m;
    }

    public static String write(ChatMessage m) {
        return Json.write(g -> write(g, m));
    }

    public static void write(JsonGenerator g, ChatMessage m) throws IOException {
        g.writeStartObject();
        field(g, "uid", m.uid());
        field(g, "type", m.type());
        field(g, "content", m.content());
        field(g, "status", m.status());
        field(g, "createdAt", m.createdAt());
        field(g, "channel", m.channel());
        field(g, "extra", m.extra());
        if (m.thread() != null) {
            g.writeFieldName("thread");
            writeThread(g, m.thread());
        }
        if (m.user() != null) {
            g.writeFieldName("user");
            writeUser(g, m.user());
        }
        rawFields(g, m.unknown());
        g.writeEndObject();
    }

    private static ChatMessage readMessage(JsonParser p) throws IOException, Rejected {
        String[] f = new String[7];
        ChatThread[] thread = {null};
        ChatUser[] user = {null};
        Map<String, String> unknown = new LinkedHashMap<>();
        JsonInput.readObject(p, "message", (field, q) -> {
            switch (field) {
                case "uid" -> f[0] = JsonInput.string(q, field, MAX_SHORT);
                case "type" -> f[1] = JsonInput.string(q, field, MAX_SHORT);
                case "content" -> f[2] = JsonInput.string(q, field, MAX_CONTENT);
                case "status" -> f[3] = JsonInput.string(q, field, MAX_SHORT);
                case "createdAt" -> f[4] = JsonInput.string(q, field, MAX_SHORT);
                case "channel" -> f[5] = JsonInput.string(q, field, MAX_SHORT);
                case "extra" -> f[6] = JsonInput.string(q, field, MAX_EXTRA);
                case "thread" -> thread[0] = readThread(q);
                case "user" -> user[0] = readUser(q, "user");
                default -> unknown.put(field, JsonInput.raw(q));
            }
        });
        return new ChatMessage(f[0], f[1], f[2] == null ? "" : f[2], f[3], f[4], f[5], f[6], thread[0], user[0], unknown);
    }

    private static ChatThread readThread(JsonParser p) throws IOException, Rejected {
        String[] f = new String[9];
        ChatUser[] user = {null};
        Map<String, String> unknown = new LinkedHashMap<>();
        JsonInput.readObject(p, "thread", (field, q) -> {
            String path = "thread." + field;
            switch (field) {
                case "uid" -> f[0] = JsonInput.string(q, path, MAX_SHORT);
                case "topic" -> f[1] = JsonInput.string(q, path, MAX_SHORT);
                case "type" -> f[2] = JsonInput.string(q, path, MAX_SHORT);
                case "status" -> f[3] = JsonInput.string(q, path, MAX_SHORT);
                case "channel" -> f[4] = JsonInput.string(q, path, MAX_SHORT);
                case "extra" -> f[5] = JsonInput.string(q, path, MAX_EXTRA);
                case "agent" -> f[6] = JsonInput.string(q, path, MAX_EXTRA);
                case "robot" -> f[7] = JsonInput.string(q, path, MAX_EXTRA);
                case "workgroup" -> f[8] = JsonInput.string(q, path, MAX_EXTRA);
                case "user" -> user[0] = readUser(q, path);
                default -> unknown.put(field, JsonInput.raw(q));
            }
        });
        return new ChatThread(f[0], f[1], f[2], f[3], user[0], f[4], f[5], f[6], f[7], f[8], unknown);
    }

    private static ChatUser readUser(JsonParser p, String path) throws IOException, Rejected {
        String[] f = new String[5];
        Map<String, String> unknown = new LinkedHashMap<>();
        JsonInput.readObject(p, path, (field, q) -> {
            String name = path + "." + field;
            switch (field) {
                case "uid" -> f[0] = JsonInput.string(q, name, MAX_SHORT);
                case "nickname" -> f[1] = JsonInput.string(q, name, MAX_SHORT);
                case "avatar" -> f[2] = JsonInput.string(q, name, MAX_SHORT);
                case "type" -> f[3] = JsonInput.string(q, name, MAX_SHORT);
                case "extra" -> f[4] = JsonInput.string(q, name, MAX_EXTRA);
                default -> unknown.put(field, JsonInput.raw(q));
            }
        });
        return new ChatUser(f[0], f[1], f[2], f[3], f[4], unknown);
    }

    private static void writeThread(JsonGenerator g, ChatThread t) throws IOException {
        g.writeStartObject();
        field(g, "uid", t.uid());
        field(g, "topic", t.topic());
        field(g, "type", t.type());
        field(g, "status", t.status());
        if (t.user() != null) {
            g.writeFieldName("user");
            writeUser(g, t.user());
        }
        field(g, "channel", t.channel());
        field(g, "extra", t.extra());
        field(g, "agent", t.agent());
        field(g, "robot", t.robot());
        field(g, "workgroup", t.workgroup());
        rawFields(g, t.unknown());
        g.writeEndObject();
    }

    private static void writeUser(JsonGenerator g, ChatUser u) throws IOException {
        g.writeStartObject();
        field(g, "uid", u.uid());
        field(g, "nickname", u.nickname());
        field(g, "avatar", u.avatar());
        field(g, "type", u.type());
        field(g, "extra", u.extra());
        rawFields(g, u.unknown());
        g.writeEndObject();
    }

    /** Absent fields stay absent rather than becoming null, as they came in. */
    private static void field(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void rawFields(JsonGenerator g, Map<String, String> raw) throws IOException {
        for (Map.Entry<String, String> e : raw.entrySet()) {
            g.writeFieldName(e.getKey());
            g.writeRawValue(e.getValue());
        }
    }
}
