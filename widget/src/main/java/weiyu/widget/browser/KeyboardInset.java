package weiyu.widget.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * On phones the on-screen keyboard shrinks the visual viewport, not the layout one: the
 * full-screen panel follows {@code visualViewport} through two CSS variables so the
 * composer stays above the keyboard. Browsers without visualViewport keep 100%.
 */
public final class KeyboardInset {
    private KeyboardInset() {
    }

    /** Starts following; the returned function stops it (on shutdown). */
    @JSBody(params = "target", script = "var vv = window.visualViewport; if (!vv) return function () {};"
            + "var apply = function () { target.style.setProperty('--wy-vh', Math.round(vv.height) + 'px');"
            + " target.style.setProperty('--wy-vt', Math.round(vv.offsetTop) + 'px'); };"
            + "vv.addEventListener('resize', apply); vv.addEventListener('scroll', apply); apply();"
            + "return function () { vv.removeEventListener('resize', apply); vv.removeEventListener('scroll', apply); };")
    public static native Dom.Callback follow(HTMLElement target);
}
