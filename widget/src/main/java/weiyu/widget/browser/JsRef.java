package weiyu.widget.browser;

import org.teavm.jso.JSObject;

/**
 * A browser object (a picked File) carried through the plain-Java layers as an opaque
 * {@code Object}. Handing a JSObject itself to an {@code Object} parameter makes TeaVM wrap it,
 * which pulls its JSWrapper machinery (weak maps, finalization registry) into the bundle.
 */
public final class JsRef {
    public final JSObject value;

    public JsRef(JSObject value) {
        this.value = value;
    }
}
