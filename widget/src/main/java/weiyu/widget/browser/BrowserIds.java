package weiyu.widget.browser;

import org.teavm.jso.JSBody;
import weiyu.widget.chat.Ids;

/** Message uids from crypto.getRandomValues (128 bits), Math.random only where crypto is missing. */
public final class BrowserIds implements Ids {
    @Override
    public String newUid() {
        return random128();
    }

    @JSBody(script = "var b = new Uint8Array(16), c = window.crypto || window.msCrypto;"
            + " if (c && c.getRandomValues) { c.getRandomValues(b); } else { for (var i = 0; i < 16; i++) b[i] = Math.random() * 256; }"
            + " var s = ''; for (var j = 0; j < 16; j++) s += (b[j] < 16 ? '0' : '') + b[j].toString(16); return s;")
    private static native String random128();
}
