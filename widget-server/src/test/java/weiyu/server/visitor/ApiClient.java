package weiyu.server.visitor;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import weiyu.server.RunningServer;
import weiyu.server.TestJson;
import weiyu.server.http.Json;

/**
 * Calls the visitor API of a running server the way the widget does, for tests; with another
 * prefix, any JSON API of the server (the agent API).
 */
public final class ApiClient {
    public static final String PREFIX = "/visitor/api/v1";

    /** An answer: status, parsed body (null when empty) and the raw response. */
    public record Reply(int status, Object json, HttpResponse<byte[]> raw) {
        public Object at(String path) {
            return TestJson.at(json, path);
        }

        public String text(String path) {
            return TestJson.text(json, path);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private final RunningServer server;
    private final String prefix;

    public ApiClient(RunningServer server) {
        this(server, PREFIX);
    }

    public ApiClient(RunningServer server, String prefix) {
        this.server = server;
        this.prefix = prefix;
    }

    public Reply postJson(String call, String body, String... headers) throws IOException, InterruptedException {
        return send(request(call, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply postForm(String call, Map<String, String> fields, String... headers) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(request(call, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply get(String callWithQuery, String... headers) throws IOException, InterruptedException {
        return send(request(callWithQuery, headers).GET());
    }

    public Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = server.send(request);
        String body = new String(r.body(), StandardCharsets.UTF_8);
        return new Reply(r.statusCode(), body.isEmpty() ? null : TestJson.parse(body), r);
    }

    public HttpRequest.Builder request(String call, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(prefix + call)));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return b;
    }

    /** {@code POST /init} for a new visitor of {@code org}; returns its uid. */
    public String newVisitor(String org) throws IOException, InterruptedException {
        Reply r = postJson("/init", "{\"orgUid\":\"" + org + "\"}");
        if (r.status() != 200) {
            throw new AssertionError("init failed: " + r.json());
        }
        return r.text("data.uid");
    }

    /** {@code POST /thread} to a workgroup; returns the first message's reply. */
    public Reply openThread(String org, String sid, String uid) throws IOException, InterruptedException {
        return postJson("/thread", "{\"orgUid\":\"" + org + "\",\"sid\":\"" + sid + "\",\"type\":\"1\",\"uid\":\"" + uid + "\"}");
    }

    /** {@code POST /message/send} with the message as the {@code json} string field. */
    public Reply sendMessage(String messageJson, String... headers) throws IOException, InterruptedException {
        return postJson("/message/send", Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("json", messageJson);
            g.writeEndObject();
        }), headers);
    }

    public Reply history(String topic, int pageNumber, int pageSize) throws IOException, InterruptedException {
        return get("/message/thread/topic?topic=" + enc(topic) + "&pageNumber=" + pageNumber + "&pageSize=" + pageSize
                + "&sortBy=createdAt");
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
