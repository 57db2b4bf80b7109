package weiyu.widget.chat;

/** "Agent is typing" and "processing": shown on their signal, hidden by the next message or a timeout. */
final class AgentIndicators {
    /** TYPING signals repeat while the agent types; silence this long means they stopped. */
    static final int TYPING_SHOWN_MS = 5000;
    /** A processing robot or transfer that never answers must not spin forever. */
    static final int PROCESSING_SHOWN_MS = 60000;

    private final Indicator typing;
    private final Indicator processing;

    AgentIndicators(ChatState s) {
        typing = new Indicator(s, TYPING_SHOWN_MS, true);
        processing = new Indicator(s, PROCESSING_SHOWN_MS, false);
    }

    void typing() {
        typing.show();
    }

    void processing() {
        processing.show();
    }

    /** A real message came: whatever was announced has arrived. */
    void messageArrived() {
        typing.hide();
        processing.hide();
    }
}
