package weiyu.server.http;

import java.io.IOException;
import java.io.InputStream;
import org.eclipse.jetty.server.Request;

/**
 * What is left of a refused request body. A client still sending it when we answer 413 and close
 * may never read the answer: the close with unread bytes resets the connection and the reset
 * throws away the answer on the client's side (the JDK client reports "header parser received no
 * bytes"). So the rest is read and dropped first, bounded in bytes and in time so a hostile sender
 * cannot hold the thread; only a body past those bounds gets the close.
 */
public final class UnreadBody {
    /**
     * Up to this much is read and dropped after a 413. It must exceed the largest limit we refuse
     * at (uploads: 10 MiB and a bit) with room for a client that overshoots it, or the common
     * "slightly too big" upload is the one that gets cut off.
     */
    private static final long DISCARD_LIMIT_BYTES = 64L * 1024 * 1024;
    private static final long DISCARD_LIMIT_MILLIS = 20_000;

    private UnreadBody() {
    }

    public static void discard(Request request) {
        long deadline = System.currentTimeMillis() + DISCARD_LIMIT_MILLIS;
        try (InputStream in = Request.asInputStream(request)) {
            byte[] sink = new byte[64 * 1024];
            long total = 0;
            int n;
            while (total < DISCARD_LIMIT_BYTES && System.currentTimeMillis() < deadline && (n = in.read(sink)) > 0) {
                total += n;
            }
        } catch (IOException | RuntimeException e) {
            // the client went away or the stream was already consumed: nothing more to drop
        }
    }
}
