package weiyu.widget.ui;

import weiyu.widget.chat.ConversationActions;

/** Actions that go nowhere: the UI stands on its own until Main wires a real conversation. */
public final class IdleActions implements ConversationActions {
    @Override
    public void panelOpened() {
    }

    @Override
    public void panelClosed() {
    }

    @Override
    public void sendText(String text) {
    }

    @Override
    public void typing() {
    }

    @Override
    public void sendFile(Object file, String fileName, String mimeType, int size, boolean image) {
    }

    @Override
    public void retry(String uid) {
    }

    @Override
    public void recall(String uid) {
    }

    @Override
    public void rate(int score, boolean resolved, String comment) {
    }

    @Override
    public void leaveMessage(String nickname, String contact, String content) {
    }

    @Override
    public void setSoundEnabled(boolean enabled) {
    }
}
