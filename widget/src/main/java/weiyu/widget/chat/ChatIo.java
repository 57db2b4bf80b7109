package weiyu.widget.chat;

import weiyu.widget.stomp.Scheduler;
import weiyu.widget.stomp.TransportFactory;

/** Everything outside the conversation's logic, implemented by the browser layer (fakes in tests). */
public final class ChatIo {
    final Http http;
    final KeyValueStore store;
    final Sound sound;
    final Ids ids;
    final JsonCodec json;
    final WallClock clock;
    final Scheduler scheduler;
    final TransportFactory sockets;

    public ChatIo(Http http, KeyValueStore store, Sound sound, Ids ids, JsonCodec json, WallClock clock,
            Scheduler scheduler, TransportFactory sockets) {
        this.http = http;
        this.store = store;
        this.sound = sound;
        this.ids = ids;
        this.json = json;
        this.clock = clock;
        this.scheduler = scheduler;
        this.sockets = sockets;
    }
}
