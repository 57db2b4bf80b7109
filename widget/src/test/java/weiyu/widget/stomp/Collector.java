package weiyu.widget.stomp;

import java.util.ArrayList;
import java.util.List;

/** Collects what a parser emits. */
final class Collector implements StompParser.Handler {
    final List<StompFrame> frames = new ArrayList<>();
    int heartbeats;

    @Override
    public void onFrame(StompFrame frame) {
        frames.add(frame);
    }

    @Override
    public void onHeartbeat() {
        heartbeats++;
    }

    /** A canonical text of everything received, to compare parses of the same stream. */
    String transcript() {
        StringBuilder b = new StringBuilder();
        for (StompFrame f : frames) {
            b.append(f.command()).append('|');
            for (int i = 0; i < f.headerCount(); i++) {
                b.append(f.headerName(i)).append('=').append(f.headerValue(i)).append('|');
            }
            b.append("body=").append(f.body()).append("#\n");
        }
        return b.append("heartbeats=").append(heartbeats).toString();
    }
}
