package weiyu.widget.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import weiyu.widget.embed.CommandArgs;
import weiyu.widget.embed.PageCommands;
import weiyu.widget.embed.WidgetControl;

/**
 * The page's {@code weiyu(...)} function. The snippet's stub queues calls in {@code weiyu.q}
 * until the bundle loads; {@link #install} replaces the stub with the real dispatcher and
 * replays the queue in order. Listeners of {@code weiyu('on', ...)} live here, and an
 * exception thrown by one never reaches the widget or the other listeners.
 */
public final class PageApi {
    /** The page's listeners by event name; made by install() (a static initialiser would cost a class-init check). */
    private static JSObject listeners;
    /** 'ready' is a state as much as an event: a listener added after it fired is called at once. */
    private static boolean ready;

    private PageApi() {
    }

    @JSFunctor
    interface Dispatcher extends JSObject {
        void dispatch(JSObject args);
    }

    public static void install(WidgetControl widget) {
        listeners = newObject();
        Glue glue = new Glue(widget);
        JSObject queued = replaceStub(glue);
        int n = length(queued);
        for (int i = 0; i < n; i++) {
            glue.dispatch(valueAt(queued, i));
        }
    }

    /** Calls every listener of {@code event} with {@code payload} (may be null). */
    public static void emit(String event, JSObject payload) {
        if ("ready".equals(event)) {
            ready = true;
        }
        callListeners(listeners, event, payload);
    }

    /** After shutdown the page's calls are ignored, as if the widget had never loaded. */
    public static void uninstall() {
        listeners = newObject();
        ready = false;
        replaceWithNoop();
    }

    /**
     * The page's {@code weiyu(...)} function and the reader of the call it is running (one
     * class, not a lambda and an argument reader). PageCommands reads every argument before it
     * calls the widget, so a call the widget makes meanwhile (a listener calling weiyu) cannot
     * mix up the arguments; the 'on' handling below reads its own call's {@code args}.
     */
    private static final class Glue implements Dispatcher, CommandArgs {
        private final WidgetControl widget;
        /** The {@code arguments} of the call being run; index 0 is the command name. */
        private JSObject current;

        Glue(WidgetControl widget) {
            this.widget = widget;
        }

        @Override
        public void dispatch(JSObject args) {
            current = args;
            String name = stringAt(args, 0);
            String error = PageCommands.run(name, this, widget);
            if (error != null) {
                warn(error);
            } else if ("on".equals(name)) {
                addListener(listeners, stringAt(args, 1), valueAt(args, 2));
                if (ready && "ready".equals(stringAt(args, 1))) {
                    callOne(valueAt(args, 2), "ready");
                }
            }
        }

        @Override
        public String string(int index) {
            return stringAt(current, index + 1);
        }

        @Override
        public String field(int index, String name) {
            return stringField(valueAt(current, index + 1), name);
        }

        @Override
        public boolean isFunction(int index) {
            return isFunctionAt(current, index + 1);
        }
    }

    @JSBody(script = "return {};")
    private static native JSObject newObject();

    @JSBody(params = "dispatch", script = "var old = window.weiyu; var q = old && old.q ? old.q : [];"
            + "window.weiyu = function () { dispatch(arguments); }; return q;")
    private static native JSObject replaceStub(Dispatcher dispatch);

    @JSBody(script = "window.weiyu = function () {};")
    private static native void replaceWithNoop();

    @JSBody(params = "a", script = "return a && typeof a.length === 'number' ? a.length : 0;")
    private static native int length(JSObject a);

    @JSBody(params = { "a", "i" }, script = "return a ? a[i] : undefined;")
    private static native JSObject valueAt(JSObject a, int i);

    @JSBody(params = { "a", "i" }, script = "var v = a ? a[i] : undefined; return typeof v === 'string' ? v : null;")
    private static native String stringAt(JSObject a, int i);

    @JSBody(params = { "a", "i" }, script = "return !!a && typeof a[i] === 'function';")
    private static native boolean isFunctionAt(JSObject a, int i);

    @JSBody(params = { "o", "name" }, script = "var v = o && typeof o === 'object' ? o[name] : undefined;"
            + "return typeof v === 'string' ? v : null;")
    private static native String stringField(JSObject o, String name);

    @JSBody(params = { "listeners", "event", "fn" }, script = "(listeners[event] = listeners[event] || []).push(fn);")
    private static native void addListener(JSObject listeners, String event, JSObject fn);

    @JSBody(params = { "listeners", "event", "payload" }, script = "var l = listeners && listeners[event] || [];"
            + "for (var i = 0; i < l.length; i++) { try { l[i](payload); }"
            + " catch (e) { if (window.console) console.error('weiyu: a \"' + event + '\" listener threw', e); } }")
    private static native void callListeners(JSObject listeners, String event, JSObject payload);

    @JSBody(params = { "fn", "event" }, script = "try { fn(); }"
            + " catch (e) { if (window.console) console.error('weiyu: a \"' + event + '\" listener threw', e); }")
    private static native void callOne(JSObject fn, String event);

    @JSBody(params = "message", script = "if (window.console) console.warn('weiyu: ' + message);")
    private static native void warn(String message);
}
