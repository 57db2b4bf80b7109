package weiyu.server.e2e;

import java.util.Arrays;
import java.util.List;

/**
 * Records every {@code data-status} each message row shows, in order, with a MutationObserver
 * in the page: a status that lasts only a few milliseconds ("sending") is still seen.
 */
final class StatusLog {
    private final VisitorPage v;

    private StatusLog(VisitorPage v) {
        this.v = v;
    }

    static StatusLog install(VisitorPage v) {
        v.page.executeJavaScript("window.__statuses = {};"
                + "function __push(uid, st) { var l = __statuses[uid] = __statuses[uid] || [];"
                + " if (st && l[l.length - 1] !== st) l.push(st); }"
                + "function __row(n) { return n.getAttribute && n.getAttribute('part') === 'message' ? n : null; }"
                // Old values first, in record order, then each touched row's current value: a callback
                // may come after several changes, and a row is inserted already rendered.
                + "new MutationObserver(function (records) { var touched = [];"
                + " records.forEach(function (r) {"
                + "  if (r.type === 'childList') { for (var i = 0; i < r.addedNodes.length; i++) {"
                + "   if (__row(r.addedNodes[i])) touched.push(r.addedNodes[i]); } }"
                + "  else if (__row(r.target)) { __push(r.target.getAttribute('data-uid'), r.oldValue); touched.push(r.target); } });"
                + " touched.forEach(function (n) { __push(n.getAttribute('data-uid'), n.getAttribute('data-status')); }); })"
                + ".observe(document.getElementById('weiyu-widget'), {subtree: true, childList: true, attributes: true,"
                + " attributeOldValue: true, attributeFilter: ['data-status']});");
        return new StatusLog(v);
    }

    /** The statuses the row of {@code uid} showed, oldest first. */
    List<String> of(String uid) {
        Object r = v.page.executeJavaScript("(window.__statuses['" + uid + "'] || []).join(',')").getJavaScriptResult();
        String s = String.valueOf(r);
        return s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }
}
