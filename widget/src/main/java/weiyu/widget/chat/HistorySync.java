package weiyu.widget.chat;

/**
 * History from {@code GET /message/thread/topic} (pages newest first), merged by uid: the
 * first page when the conversation opens, and after each reconnect every page back to the
 * first message already seen, so nothing sent while the socket was down goes missing.
 */
final class HistorySync {
    /** A reconnect after a long sleep fetches at most this many pages (200 messages). */
    static final int MAX_MISSED_PAGES = 10;

    private final ChatState s;
    private final Delivery delivery;
    private final Attention attention;

    HistorySync(ChatState state, Delivery delivery, Attention attention) {
        this.s = state;
        this.delivery = delivery;
        this.attention = attention;
    }

    /** The newest page; {@code then} runs whatever the answer (history is nice to have). */
    void loadFirstPage(Runnable then) {
        fetch(0, then);
    }

    /** Pages back from the newest until a page holds a message seen before. */
    void fetchMissed() {
        fetch(0, null);
    }

    /** One page: the first one when {@code then} is given, else one more of the missed ones. */
    private void fetch(int pageNumber, Runnable then) {
        s.api.history(s.threadTopic, pageNumber, s.config.orgUid, (ok, page) -> {
            boolean answered = ok && page != null;
            if (then != null) {
                if (answered) {
                    merge(page, false);
                }
                then.run();
            } else if (answered && !merge(page, true) && !page.bool("last", true) && pageNumber + 1 < MAX_MISSED_PAGES) {
                fetch(pageNumber + 1, null);
            }
            // Missed pages that did not come: the next reconnect tries again; live messages flow meanwhile.
        });
    }

    /**
     * Merges one page; true when it held a message whose server copy was already here. Known
     * messages take their server copy first, so that new ones are placed among server times;
     * then new messages go in oldest first.
     */
    private boolean merge(JsonObject page, boolean missed) {
        int count = page.arrayLength("content");
        ChatMessage[] items = new ChatMessage[count];
        boolean reachedKnown = false;
        for (int i = 0; i < count; i++) {
            JsonObject item = page.arrayObject("content", i);
            ChatMessage m = item == null ? null : s.codec.fromObject(item, s.visitorUid);
            if (m == null) {
                continue;
            }
            reachedKnown |= s.list.hasServerCopy(m.uid);
            if (s.isSelf(m)) {
                delivery.confirmed(m.uid); // it reached the server before any echo reached us
            }
            if (s.list.find(m.uid) != null) {
                s.list.mergeServerCopy(m);
            } else {
                items[i] = m;
            }
        }
        for (int i = count - 1; i >= 0; i--) {
            ChatMessage m = items[i];
            if (m != null && !MessageTypes.isSignal(m.type) && s.list.insertByTime(m) && !s.isSelf(m)) {
                if (missed && m.sender != ChatMessage.Sender.SYSTEM) {
                    attention.arrived(false);
                }
                delivery.acknowledge(m);
            }
        }
        return reachedKnown;
    }
}
