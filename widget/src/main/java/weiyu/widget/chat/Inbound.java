package weiyu.widget.chat;

import weiyu.widget.stomp.MessageHandler;
import weiyu.widget.stomp.StompFrame;

/**
 * What arrives on the thread's topic, routed as the seed's handleReceivedMessage does.
 * Own messages (the echo is the send acknowledgement) and messages from others take
 * different ways; nothing here throws on an unknown type or a malformed body.
 */
final class Inbound implements MessageHandler {
    private final ChatState s;
    private final Delivery delivery;
    /** "Agent is typing" and "processing": shown on their signal, hidden by the next message or a timeout. */
    private final Indicator typing;
    private final Indicator processing;
    private final Attention attention;

    Inbound(ChatState state, Delivery delivery, Attention attention) {
        this.s = state;
        this.delivery = delivery;
        this.typing = new Indicator(state, Indicator.TYPING_SHOWN_MS, true);
        this.processing = new Indicator(state, Indicator.PROCESSING_SHOWN_MS, false);
        this.attention = attention;
    }

    /** A MESSAGE frame of the thread's topic. */
    @Override
    public void onMessage(StompFrame frame) {
        ChatMessage m = s.codec.decode(frame.body(), s.visitorUid);
        if (m == null) {
            return; // not a message: nothing to show, and throwing would only skip the ACK
        }
        if (s.isSelf(m)) {
            onOwn(m);
        } else {
            onOthers(m);
        }
    }

    /** The server has one of our messages: by its echo, or by an HTTP 200 for the fallback. */
    void onOwn(ChatMessage copy) {
        // The first confirmation toasts; a late second one (echo and HTTP answer) stays quiet.
        boolean first = s.outbox.contains(copy.uid);
        delivery.confirmed(copy.uid);
        String type = copy.type;
        if (MessageTypes.RATE_SUBMIT.equals(type) || MessageTypes.LEAVE_MSG_SUBMIT.equals(type)) {
            if (first) {
                s.listener.toast(MessageTypes.RATE_SUBMIT.equals(type) ? "rated" : "messageLeft");
            }
            s.list.mergeServerCopy(copy);
            return;
        }
        if (MessageTypes.RECALL.equals(type)) {
            s.list.recall(copy.content);
            return;
        }
        if (MessageTypes.isSignal(type)) {
            return; // our own receipts and typing signals
        }
        copy.status = MessageTypes.SUCCESS;
        copy.sender = ChatMessage.Sender.SELF;
        if (s.list.find(copy.uid) != null) {
            s.list.mergeServerCopy(copy);
        } else {
            s.list.appendLive(copy); // sent from another tab of the same visitor
        }
    }

    private void onOthers(ChatMessage m) {
        String type = m.type == null ? "" : m.type;
        // An if-chain: a switch on strings compiles to a hash table that costs bundle size.
        if ("READ".equals(type) || "DELIVERED".equals(type)) {
            delivery.confirmed(m.content); // a receipt for it proves the server has it
            s.list.applyReceipt(m.content, type);
            return;
        }
        if ("TYPING".equals(type)) {
            typing.show();
            return;
        }
        if ("PROCESSING".equals(type)) {
            processing.show();
            return;
        }
        if ("RECALL".equals(type)) {
            s.list.recall(m.content);
            return;
        }
        if ("TRANSFER".equals(type) || "TRANSFER_ACCEPT".equals(type) || "TRANSFER_REJECT".equals(type)
                || "PREVIEW".equals(type)) {
            return;
        }
        typing.hide(); // a real message came: whatever was announced has arrived
        processing.hide();
        if (s.list.find(m.uid) != null) {
            s.list.mergeServerCopy(m); // delivered again (redelivery, or history got there first)
            return;
        }
        s.list.appendLive(m);
        boolean invite = MessageTypes.INVITE_VISITOR.equals(type);
        boolean closed = MessageTypes.AUTO_CLOSED.equals(type) || MessageTypes.AGENT_CLOSED.equals(type);
        attention.arrived(!invite && !closed); // invitations and closings come quietly
        if (invite && s.pageEvents != null) {
            try {
                s.pageEvents.visitorInvited(m);
            } catch (RuntimeException pageBug) {
                // The page's handler failed; the conversation carries on regardless.
            }
        }
        if (MessageTypes.LEAVE_MSG.equals(type)) {
            s.listener.leaveMessageOffered();
        }
        if (closed || MessageTypes.RATE_INVITE.equals(type)) {
            s.listener.rateOffered();
        }
        delivery.acknowledge(m);
    }
}
