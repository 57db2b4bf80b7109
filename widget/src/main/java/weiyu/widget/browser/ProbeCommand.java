package weiyu.widget.browser;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** {@code window.weiyuUiProbe(name, a, b, c)}: one command of {@link UiProbe}, its answer as text. */
@JSFunctor
interface ProbeCommand extends JSObject {
    String call(String name, String a, String b, String c);
}
