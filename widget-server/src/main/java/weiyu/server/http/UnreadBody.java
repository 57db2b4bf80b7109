package weiyu.server.http;

import java.io.IOException;
import java.io.InputStream;
import org.eclipse.jetty.server.Request;

/**
 * What is left of a refused request body. A client still sending it when we answer 413 and close
 * may never read the answer (the JDK client reports "header parser received no bytes"), so a
 * bounded rest is read and dropped first; anything longer is cut off by the close.
 */
public final class UnreadBody {
    /** Up to this much is read and dropped after a 413; a bigger upload gets the close. */
    public static final long DISCARD_LIMIT_BYTES = 8L * 1024 * 1024;

    private UnreadBody() {
    }

    public static void discard(Request request) {
        try (InputStream in = Request.asInputStream(request)) {
            byte[] sink = new byte[16 * 1024];
            long total = 0;
            int n;
            while (total < DISCARD_LIMIT_BYTES && (n = in.read(sink)) > 0) {
                total += n;
            }
        } catch (IOException | RuntimeException e) {
            // the client went away or the stream was already consumed: nothing more to drop
        }
    }
}
