package weiyu.widget.chat;

/** The visitor HTTP API of protocol.md ({@code /visitor/api/v1}), envelopes unwrapped. */
final class VisitorApi {
    static final String PREFIX = "/visitor/api/v1";
    /** Messages per history page (as the query text it is sent as). */
    static final String PAGE_SIZE = "20";

    private final Http http;
    private final JsonCodec json;
    private final String base;

    /**
     * What a call gives back: {@code ok} when HTTP succeeded and the envelope's code is 200.
     * A null Reply: nobody waits for the answer (a profile update, a receipt).
     */
    interface Reply {
        /** @param data the envelope's {@code data} object (null when ok is false or data is not an object) */
        void done(boolean ok, JsonObject data);
    }

    VisitorApi(Http http, JsonCodec json, String apiBase) {
        this.http = http;
        this.json = json;
        this.base = (apiBase == null ? "" : apiBase).concat(PREFIX);
    }

    void init(JsonObject visitorRequest, Reply reply) {
        http.postJson(base.concat("/init"), visitorRequest.stringify(), unwrap(reply));
    }

    void thread(JsonObject visitorRequest, Reply reply) {
        http.postJson(base.concat("/thread"), visitorRequest.stringify(), unwrap(reply));
    }

    /** One page of the thread's history, newest first. */
    void history(String topic, int pageNumber, String orgUid, Reply reply) {
        http.get(base.concat("/message/thread/topic"), new String[] {
            "topic", topic,
            "pageNumber", Integer.toString(pageNumber),
            "pageSize", PAGE_SIZE,
            "sortBy", "createdAt",
            "orgUid", orgUid}, unwrap(reply));
    }

    /** The HTTP fallback: the message JSON as a string inside {@code {"json": ...}}. */
    void send(String messageJson, Reply reply) {
        http.postJson(base.concat("/message/send"), json.newObject().put("json", messageJson).stringify(), unwrap(reply));
    }

    void upload(Object file, String fileName, String fileType, String visitorUid, String orgUid, Reply reply) {
        http.upload(base.concat("/upload/file"), file, new String[] {
            "fileName", fileName,
            "fileType", fileType,
            "visitorUid", visitorUid,
            "orgUid", orgUid}, unwrap(reply));
    }

    private Http.Callback unwrap(Reply reply) {
        return (status, body) -> {
            if (reply == null) {
                return;
            }
            JsonObject envelope = status >= 200 && status < 300 ? json.parse(body) : null;
            if (envelope == null || envelope.integer("code", 0) != 200) {
                reply.done(false, null);
            } else {
                reply.done(true, envelope.object("data"));
            }
        };
    }
}
