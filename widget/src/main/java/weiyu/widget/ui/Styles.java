package weiyu.widget.ui;

/**
 * The widget's stylesheet. In a shadow root selectors are bare and {@code :host} is the
 * root; in the fallback (no shadow DOM) every rule is scoped under {@code #weiyu-widget}.
 * The accent colour has been validated as a hex colour before it gets here.
 */
final class Styles {
    private Styles() {
    }

    static String css(boolean shadow, String accent, boolean leftSide) {
        String root = shadow ? ":host" : "#weiyu-widget";
        String s = shadow ? "" : "#weiyu-widget ";
        String side = leftSide ? "left" : "right";
        return root + "{all:initial;--wy-accent:" + accent + ";font:14px/1.45 system-ui,-apple-system,'Segoe UI',"
                + "Roboto,'PingFang SC','Microsoft YaHei',sans-serif;color:#1f2329}"
                + s + ".wy-launcher{position:fixed;bottom:24px;" + side + ":24px;z-index:2147483000;width:60px;"
                + "height:60px;border:0;border-radius:50%;background:var(--wy-accent);color:#fff;cursor:pointer;"
                + "display:flex;align-items:center;justify-content:center;padding:0;"
                + "box-shadow:0 6px 20px rgba(0,0,0,.22);transition:transform .15s}"
                + s + ".wy-launcher:hover{transform:scale(1.06)}"
                + s + ".wy-launcher:focus-visible," + s + ".wy-close:focus-visible{outline:3px solid #fff;"
                + "box-shadow:0 0 0 6px var(--wy-accent)}"
                + s + ".wy-launcher svg{width:30px;height:30px;fill:currentColor}"
                + s + ".wy-panel{position:fixed;bottom:100px;" + side + ":24px;z-index:2147483000;width:370px;"
                + "max-width:calc(100vw - 48px);height:560px;max-height:calc(100vh - 124px);background:#fff;"
                + "border-radius:16px;overflow:hidden;display:flex;flex-direction:column;"
                + "box-shadow:0 12px 48px rgba(0,0,0,.22)}"
                + s + ".wy-panel[hidden]{display:none}"
                + s + ".wy-header{background:var(--wy-accent);color:#fff;padding:16px 18px;display:flex;"
                + "align-items:center;gap:12px}"
                + s + ".wy-titles{flex:1;min-width:0}"
                + s + ".wy-title{font-size:16px;font-weight:600;margin:0}"
                + s + ".wy-subtitle{font-size:12px;opacity:.85;margin:2px 0 0}"
                + s + ".wy-close{width:32px;height:32px;border:0;border-radius:8px;background:rgba(255,255,255,.16);"
                + "color:#fff;cursor:pointer;display:flex;align-items:center;justify-content:center;padding:0}"
                + s + ".wy-close svg{width:18px;height:18px;fill:currentColor}"
                + s + ".wy-body{flex:1;overflow-y:auto;background:#f5f6f8}";
    }
}
