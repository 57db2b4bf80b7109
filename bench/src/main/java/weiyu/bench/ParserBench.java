package weiyu.bench;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import weiyu.widget.stomp.StompFrame;
import weiyu.widget.stomp.StompParser;

/**
 * Benchmark entry, compiled to JS by TeaVM (bench/target/teavm/parser-bench.js, CommonJS).
 *
 * <p>{@code main} installs two functions on {@code globalThis}:
 * <ul>
 *   <li>{@code weiyuParseAll(messages)}: feeds every string of the JS array {@code messages}
 *       (one WebSocket text message each) to ONE long-lived {@link StompParser}, in a loop that
 *       runs in the compiled Java, and returns {@code [frames, bodyChars, headers, heartbeats,
 *       errors]} so that no work can be optimised away.</li>
 *   <li>{@code weiyuParseDetail(messages)}: the same parse, untimed, returning one
 *       {@code [command, destination, messageId, body]} array per frame, so the JS side can
 *       check frame by frame that both parsers agree.</li>
 * </ul>
 *
 * <p>Only {@code int} arithmetic: TeaVM emulates {@code long} expensively.
 */
public final class ParserBench implements StompParser.Handler {
    private final StompParser parser = new StompParser(this);
    private JSObject detail; // non-null only during weiyuParseDetail
    private int frames;
    private int bodyChars;
    private int headers;
    private int heartbeats;

    @JSFunctor
    interface ParseFn extends JSObject {
        JSObject call(JSObject messages);
    }

    public static void main(String[] args) {
        ParserBench bench = new ParserBench();
        install(bench::parseAll, bench::parseDetail);
    }

    @Override
    public void onFrame(StompFrame frame) {
        frames++;
        bodyChars += frame.body().length();
        headers += frame.headerCount();
        if (detail != null) {
            push4(detail, frame.command(), frame.header("destination"), frame.header("message-id"),
                    frame.body());
        }
    }

    @Override
    public void onHeartbeat() {
        heartbeats++;
    }

    private JSObject parseAll(JSObject messages) {
        frames = 0;
        bodyChars = 0;
        headers = 0;
        heartbeats = 0;
        int errors = 0;
        int n = length(messages);
        for (int i = 0; i < n; i++) {
            if (!parser.feed(at(messages, i))) {
                errors++;
                parser.reset();
            }
        }
        return result(frames, bodyChars, headers, heartbeats, errors);
    }

    private JSObject parseDetail(JSObject messages) {
        detail = newArray();
        try {
            parseAll(messages);
            return detail;
        } finally {
            detail = null;
        }
    }

    @JSBody(params = { "parseAll", "parseDetail" },
            script = "globalThis.weiyuParseAll = parseAll; globalThis.weiyuParseDetail = parseDetail;")
    private static native void install(ParseFn parseAll, ParseFn parseDetail);

    @JSBody(params = "array", script = "return array.length;")
    private static native int length(JSObject array);

    @JSBody(params = { "array", "index" }, script = "return array[index];")
    private static native String at(JSObject array, int index);

    @JSBody(params = { "frames", "chars", "headers", "heartbeats", "errors" },
            script = "return [frames, chars, headers, heartbeats, errors];")
    private static native JSObject result(int frames, int chars, int headers, int heartbeats, int errors);

    @JSBody(script = "return [];")
    private static native JSObject newArray();

    @JSBody(params = { "array", "a", "b", "c", "d" }, script = "array.push([a, b, c, d]);")
    private static native void push4(JSObject array, String a, String b, String c, String d);
}
