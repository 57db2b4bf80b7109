package weiyu.loadgen;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Creates a visitor and its thread over the visitor HTTP API, as the widget does before STOMP. */
final class VisitorSetup {
    static final JsonFactory JSON = new JsonFactory();

    /** What a simulated visitor needs: its uid, its thread object (raw JSON) and topic. */
    record Visitor(String uid, String threadJson, String topic) {
        String dottedTopic() {
            return topic.replace('/', '.');
        }
    }

    private final HttpClient http;
    private final String api;

    VisitorSetup(HttpClient http, String origin) {
        this.http = http;
        this.api = origin + "/visitor/api/v1";
    }

    Visitor create() throws IOException, InterruptedException {
        String init = post("/init", "{\"orgUid\":\"df_org_uid\",\"sid\":\"df_wg_uid\",\"type\":\"1\"}");
        String uid = field(init, "uid");
        String thread = post("/thread", "{\"orgUid\":\"df_org_uid\",\"sid\":\"df_wg_uid\",\"type\":\"1\",\"uid\":\"" + uid + "\"}");
        String threadJson = rawObject(thread, "thread");
        return new Visitor(uid, threadJson, field(threadJson, "topic"));
    }

    private String post(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(api + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    /** The first string value of {@code name} anywhere in the document. */
    static String field(String json, String name) throws IOException {
        try (JsonParser p = JSON.createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME && p.currentName().equals(name) && p.nextToken() == JsonToken.VALUE_STRING) {
                    return p.getText();
                }
            }
        }
        throw new IOException("no '" + name + "' in " + json);
    }

    static String fieldOrNull(String json, String name) {
        try {
            return field(json, name);
        } catch (IOException e) {
            return null;
        }
    }

    /** The JSON text of the first object-valued field {@code name}. */
    static String rawObject(String json, String name) throws IOException {
        try (JsonParser p = JSON.createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME && p.currentName().equals(name) && p.nextToken() == JsonToken.START_OBJECT) {
                    int start = (int) p.currentTokenLocation().getCharOffset();
                    p.skipChildren();
                    int end = (int) p.currentTokenLocation().getCharOffset() + 1;
                    return json.substring(start, end);
                }
            }
        }
        throw new IOException("no object '" + name + "' in " + json);
    }
}
