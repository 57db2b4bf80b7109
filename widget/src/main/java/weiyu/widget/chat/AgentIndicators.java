package weiyu.widget.chat;

import weiyu.widget.stomp.Cancellable;

/** "Agent is typing" and "processing": shown on their signal, hidden by the next message or a timeout. */
final class AgentIndicators {
    /** TYPING signals repeat while the agent types; silence this long means they stopped. */
    static final int TYPING_SHOWN_MS = 5000;
    /** A processing robot or transfer that never answers must not spin forever. */
    static final int PROCESSING_SHOWN_MS = 60000;

    private final ChatState s;
    private Cancellable typingTimer;
    private Cancellable processingTimer;
    private boolean typing;
    private boolean processing;

    AgentIndicators(ChatState state) {
        this.s = state;
    }

    void typing() {
        cancel(typingTimer);
        typingTimer = s.io.scheduler.schedule(TYPING_SHOWN_MS, this::hideTyping);
        if (!typing) {
            typing = true;
            s.listener.typingChanged(true);
        }
    }

    void processing() {
        cancel(processingTimer);
        processingTimer = s.io.scheduler.schedule(PROCESSING_SHOWN_MS, this::hideProcessing);
        if (!processing) {
            processing = true;
            s.listener.processingChanged(true);
        }
    }

    /** A real message came: whatever was announced has arrived. */
    void messageArrived() {
        hideTyping();
        hideProcessing();
    }

    private void hideTyping() {
        cancel(typingTimer);
        typingTimer = null;
        if (typing) {
            typing = false;
            s.listener.typingChanged(false);
        }
    }

    private void hideProcessing() {
        cancel(processingTimer);
        processingTimer = null;
        if (processing) {
            processing = false;
            s.listener.processingChanged(false);
        }
    }

    private static void cancel(Cancellable timer) {
        if (timer != null) {
            timer.cancel();
        }
    }
}
