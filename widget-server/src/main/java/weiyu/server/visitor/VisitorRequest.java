package weiyu.server.visitor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import weiyu.server.chat.Rejected;
import weiyu.server.chat.Topics;

/**
 * The VisitorRequest of {@code POST /init} and {@code POST /thread}. Ids that end up in a
 * topic must be topic-safe; every other field is capped in length. Profile fields we keep
 * but never act on travel in {@code details}.
 */
record VisitorRequest(String orgUid, String type, String sid, String uid, String visitorUid, String nickname,
        String avatar, String lang, Map<String, String> details) {
    static final int MAX_FIELD = 1024;
    static final int MAX_EXTRA = 16 * 1024;
    private static final List<String> DETAIL_FIELDS = List.of("mobile", "email", "note", "lang", "channel",
            "browser", "os", "device", "referrer", "url", "title", "extra");

    static VisitorRequest from(Map<String, String> fields) throws Rejected {
        for (Map.Entry<String, String> e : fields.entrySet()) {
            int max = e.getKey().equals("extra") ? MAX_EXTRA : MAX_FIELD;
            if (e.getValue().length() > max) {
                throw Rejected.invalid("'" + e.getKey() + "' is longer than " + max + " characters");
            }
        }
        Map<String, String> details = new LinkedHashMap<>();
        for (String name : DETAIL_FIELDS) {
            String value = fields.get(name);
            if (value != null && !value.isEmpty()) {
                details.put(name, value);
            }
        }
        return new VisitorRequest(optionalId(fields, "orgUid"), fields.getOrDefault("type", "1"),
                optionalId(fields, "sid"), optionalId(fields, "uid"), optionalId(fields, "visitorUid"),
                blankToNull(fields.get("nickname")), blankToNull(fields.get("avatar")), blankToNull(fields.get("lang")),
                Map.copyOf(details));
    }

    /** Fails with a message naming the field when it is absent. */
    static String require(String value, String name) throws Rejected {
        if (value == null) {
            throw Rejected.invalid("'" + name + "' is required");
        }
        return value;
    }

    private static String optionalId(Map<String, String> fields, String name) throws Rejected {
        String value = blankToNull(fields.get(name));
        if (value != null && !Topics.isValidId(value)) {
            throw Rejected.invalid("'" + name + "' must be 1-64 letters, digits, '_' or '-'");
        }
        return value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
