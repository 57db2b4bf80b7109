package weiyu.widget.stomp;

import java.util.ArrayList;
import java.util.List;

/** Records every socket the engine opens; tests play the server through them. */
public final class FakeTransports implements TransportFactory {
    public final List<Socket> opened = new ArrayList<>();
    boolean failNextOpen;

    public static final class Socket implements Transport {
        public final String url;
        public final TransportListener listener;
        public final List<String> sent = new ArrayList<>();
        public boolean closed;
        boolean failSends;

        Socket(String url, TransportListener listener) {
            this.url = url;
            this.listener = listener;
        }

        @Override
        public void send(String text) {
            if (failSends) {
                throw new IllegalStateException("socket not open");
            }
            sent.add(text);
        }

        @Override
        public void close() {
            closed = true;
        }

        /** Frames sent so far, parsed back (heart-beats skipped). */
        public List<StompFrame> frames() {
            List<StompFrame> frames = new ArrayList<>();
            StompParser parser = new StompParser(new StompParser.Handler() {
                @Override
                public void onFrame(StompFrame frame) {
                    frames.add(frame);
                }

                @Override
                public void onHeartbeat() {
                }
            });
            for (String s : sent) {
                if (!parser.feed(s)) {
                    throw new AssertionError(parser.error() + " in " + s);
                }
            }
            return frames;
        }

        StompFrame lastFrame() {
            List<StompFrame> f = frames();
            return f.get(f.size() - 1);
        }

        long heartbeatsSent() {
            return sent.stream().filter("\n"::equals).count();
        }

        /** Server side: the socket opens and CONNECTED arrives. */
        public void accept(String connectedFrame) {
            listener.onOpen();
            listener.onMessage(connectedFrame);
        }
    }

    @Override
    public Transport open(String url, TransportListener listener) {
        if (failNextOpen) {
            failNextOpen = false;
            throw new IllegalArgumentException("bad url");
        }
        Socket socket = new Socket(url, listener);
        opened.add(socket);
        return socket;
    }

    public Socket last() {
        return opened.get(opened.size() - 1);
    }

    public static String connected(String version, String heartBeat) {
        StringBuilder b = new StringBuilder("CONNECTED\n");
        if (version != null) {
            b.append("version:").append(version).append('\n');
        }
        if (heartBeat != null) {
            b.append("heart-beat:").append(heartBeat).append('\n');
        }
        return b.append("server:fake\n\n\0").toString();
    }
}
