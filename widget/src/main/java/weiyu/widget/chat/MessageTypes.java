package weiyu.widget.chat;

/**
 * The message types and statuses of protocol.md, and how the visitor side treats each.
 * Sets are comma-delimited strings: a lookup is one indexOf, far smaller in the bundle than
 * a HashSet of constants.
 */
final class MessageTypes {
    static final String TEXT = "TEXT";
    static final String IMAGE = "IMAGE";
    static final String FILE = "FILE";
    static final String READ = "READ";
    static final String DELIVERED = "DELIVERED";
    static final String TYPING = "TYPING";
    static final String PROCESSING = "PROCESSING";
    static final String RECALL = "RECALL";
    static final String INVITE_VISITOR = "INVITE_VISITOR";
    static final String AUTO_CLOSED = "AUTO_CLOSED";
    static final String AGENT_CLOSED = "AGENT_CLOSED";
    static final String LEAVE_MSG = "LEAVE_MSG";
    static final String LEAVE_MSG_SUBMIT = "LEAVE_MSG_SUBMIT";
    static final String RATE_INVITE = "RATE_INVITE";
    static final String RATE_SUBMIT = "RATE_SUBMIT";

    static final String SENDING = "SENDING";
    static final String SUCCESS = "SUCCESS";
    /** protocol.md's word for a failed send; the UI offers retry(uid). */
    static final String ERROR = "ERROR";

    /**
     * Types a person sends, or that change other messages: every other type (WELCOME, NOTICE,
     * QUEUE, LEAVE_MSG, RATE_INVITE, AUTO_CLOSED, INVITE_VISITOR..., and any this widget does
     * not know) is said by the system and shown as a neutral line.
     */
    private static final String PERSONAL = ",TEXT,IMAGE,FILE,AUDIO,VIDEO,ROBOT,TYPING,PROCESSING,PREVIEW,RECALL,DELIVERED,"
            + "READ,LEAVE_MSG_SUBMIT,RATE_SUBMIT,TRANSFER,TRANSFER_ACCEPT,TRANSFER_REJECT,";
    /** Control messages: they change other messages or indicators, never show as a line. */
    private static final String SIGNALS = ",TYPING,PROCESSING,PREVIEW,RECALL,DELIVERED,READ,TRANSFER,TRANSFER_ACCEPT,"
            + "TRANSFER_REJECT,RATE_SUBMIT,";
    /** Content a person wrote: the visitor answers these with one READ receipt each. */
    private static final String RECEIPTED = ",TEXT,IMAGE,FILE,AUDIO,VIDEO,ROBOT,";

    private MessageTypes() {
    }

    static boolean isSignal(String type) {
        return in(SIGNALS, type);
    }

    static boolean isSystemLine(String type) {
        return !in(PERSONAL, type);
    }

    static boolean wantsReceipt(String type) {
        return in(RECEIPTED, type);
    }

    /** Whether a receipt status {@code next} may replace {@code current} (READ is never downgraded). */
    static boolean advances(String current, String next) {
        int from = rank(current);
        int to = rank(next);
        return to >= 0 && (from < 0 || to > from);
    }

    /** Statuses in the order a message moves through them (a receipt never moves one back); -1 for others. */
    private static int rank(String status) {
        return SENDING.equals(status) ? 0 : SUCCESS.equals(status) ? 1 : DELIVERED.equals(status) ? 2
                : READ.equals(status) ? 3 : -1;
    }

    /** Whether {@code type} is one of the words of the comma-delimited {@code set}. */
    private static boolean in(String set, String type) {
        if (type == null || type.isEmpty() || type.indexOf(',') >= 0) {
            return false;
        }
        String word = ",".concat(type).concat(",");
        for (int comma = 0; comma >= 0; comma = set.indexOf(',', comma + 1)) {
            if (set.startsWith(word, comma)) {
                return true;
            }
        }
        return false;
    }
}
