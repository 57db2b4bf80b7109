package weiyu.widget.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import weiyu.widget.stomp.ClientState;
import weiyu.widget.stomp.ErrorListener;
import weiyu.widget.stomp.MessageHandler;
import weiyu.widget.stomp.PublishResult;
import weiyu.widget.stomp.StompClient;
import weiyu.widget.stomp.StompConfig;
import weiyu.widget.stomp.StompError;
import weiyu.widget.stomp.StompFrame;
import weiyu.widget.stomp.StateListener;

/**
 * A page-level hook for browser tests, installed as {@code window.weiyuStompProbe} only when
 * the script tag carries {@code data-stomp-probe}. It drives the bundle's real STOMP client
 * and browser transport against any broker, so tests exercise the shipped code.
 * It is its own JS functor and listener (each lambda would be a class in the bundle).
 */
public final class StompProbe implements StompProbeFn, StateListener, ErrorListener, MessageHandler {
    private StompClient client;
    private final JSObject received = newArray();
    private final JSObject events = newArray();
    private String state = "CLOSED";


    public static void install() {
        expose(new StompProbe());
    }

    @Override
    public String call(int method, String a, String b, String c) {
        switch (method) {
            case 0:
                return connect(a, b, c);
            case 1:
                return subscribe(a);
            case 2:
                return publish(a, b);
            case 3:
                return json(received);
            case 4:
                return state;
            case 5:
                return json(events);
            default:
                return stop();
        }
    }

    // bind, not function literals: TeaVM renames a script's parameters without seeing inner scopes.
    @JSBody(params = "f", script = "window.weiyuStompProbe = {connect: f.bind(null, 0), subscribe: f.bind(null, 1),"
            + " publish: f.bind(null, 2), received: f.bind(null, 3), state: f.bind(null, 4),"
            + " events: f.bind(null, 5), stop: f.bind(null, 6)};")
    private static native void expose(StompProbeFn f);

    /** Short backoff (0.5 s base, 2 s cap) so tests that restart a broker stay quick. */
    private String connect(String url, String login, String passcode) {
        StompConfig config = new StompConfig();
        config.url = url;
        config.login = login;
        config.passcode = passcode;
        config.reconnectBaseMs = 500;
        config.reconnectCapMs = 2000;
        client = new StompClient(config, new BrowserSockets(), new BrowserDevice());
        client.setStateListener(this);
        client.setErrorListener(this);
        client.activate();
        return state;
    }

    @Override
    public void onStateChange(int s, double reconnectDelayMs) {
        state = ClientState.name(s);
        append(events, state);
    }

    @Override
    public void onError(StompError error) {
        append(events, "error: " + error.toString());
    }

    /** A MESSAGE of the probe's subscription: its body is recorded. */
    @Override
    public void onMessage(StompFrame frame) {
        append(received, frame.body());
    }

    private String subscribe(String destination) {
        boolean ok = client.subscribe(destination, "client", this);
        return ok ? "subscribed" : "refused";
    }

    private String publish(String destination, String body) {
        return PublishResult.name(client.publish(destination, body, null));
    }

    private String stop() {
        client.deactivate();
        return state;
    }

    @JSBody(script = "return [];")
    private static native JSObject newArray();

    @JSBody(params = { "array", "value" }, script = "array.push(value);")
    private static native void append(JSObject array, String value);

    @JSBody(params = "array", script = "return JSON.stringify(array);")
    private static native String json(JSObject array);
}

/** One functor for all the probe's methods (each Java lambda handed to JS costs a class in the bundle). */
@JSFunctor
interface StompProbeFn extends JSObject {
    String call(int method, String a, String b, String c);
}
