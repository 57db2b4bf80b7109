package weiyu.widget.ui;

import weiyu.widget.config.Locales;

/**
 * Every visible string of one locale, in one place: {@link #ZH} and {@link #EN}, read with
 * {@link #get} and the keys below. One joined literal per locale, not one field each: a
 * field costs an initialiser and an assignment per locale in the bundle.
 */
public final class Strings {
    static final int OPEN_CHAT = 0;
    static final int UNREAD = 1;
    static final int CLOSE_CHAT = 2;
    static final int PANEL_TITLE = 3;
    static final int PANEL_SUBTITLE = 4;
    static final int ONLINE = 5;
    static final int OFFLINE = 6;
    static final int CONNECTING = 7;
    static final int RECONNECTING = 8;
    static final int TYPING = 9;
    static final int PROCESSING = 10;
    static final int PLACEHOLDER = 11;
    static final int SEND = 12;
    static final int ATTACH_IMAGE = 13;
    static final int ATTACH_FILE = 14;
    static final int EMOJI = 15;
    static final int SOUND = 16;
    static final int RETRY = 17;
    static final int RECALL = 18;
    static final int RECALLED_SELF = 19;
    static final int RECALLED_OTHER = 20;
    static final int TODAY = 21;
    static final int YESTERDAY = 22;
    static final int NEW_MESSAGE = 23;
    static final int IMAGE = 24;
    static final int FILE = 25;
    static final int CLOSE_VIEWER = 26;
    static final int RATE_TITLE = 27;
    static final int SCORE = 28;
    static final int STARS = 29;
    static final int RESOLVED = 30;
    static final int YES = 31;
    static final int NO = 32;
    static final int COMMENT = 33;
    static final int SUBMIT = 34;
    static final int CANCEL = 35;
    static final int NEED_SCORE = 36;
    static final int LEAVE_TITLE = 37;
    static final int LEAVE_INTRO = 38;
    static final int NICKNAME = 39;
    static final int CONTACT = 40;
    static final int CONTENT = 41;
    static final int NEED_CONTENT = 42;
    static final int AGENT = 43;
    static final int RATE = 44;
    static final int LEAVE_TOO_LONG = 45;
    /** Six status labels, indexed by {@link MessageStatus}. */
    static final int STATUS = 46;
    /** One notice per key of {@link #TOAST_KEYS}, then the neutral one for unknown keys. */
    static final int TOAST = 52;
    /** Twelve short month names; only locales that write "Nov 24" have them. */
    static final int MONTH = 60;

    private static final char SEPARATOR = '|';
    private static final String TOAST_KEYS = "rated|messageLeft|sendFailed|uploadFailed|fileTooLarge|offline|tooLong";

    static final String ZH = "打开在线客服| 条未读消息|关闭对话|在线客服|我们通常在几分钟内回复|在线|离线，可以留言"
            + "|正在连接…|网络不稳定，正在重连…|对方正在输入…|正在处理…|输入消息，Enter 发送|发送|发送图片|发送文件"
            + "|表情|提示音|重发|撤回|你撤回了一条消息|对方撤回了一条消息|今天|昨天|新消息|图片|文件|关闭大图"
            + "|请对本次服务评价|满意度| 星|问题解决了吗？|已解决|未解决|其他建议（选填）|提交|取消|请先选择星级"
            + "|留言|客服暂时不在线，留下联系方式，我们会尽快回复您。|称呼|手机或邮箱|留言内容|请填写留言内容|客服|评价|留言太长，最多 2000 字"
            // STATUS
            + "|发送中|已发送|已送达|已读|发送失败|已撤回"
            // TOAST
            + "|感谢您的评价|留言已提交，我们会尽快联系您|发送失败，请重试|上传失败|文件太大|网络已断开|消息太长，最多 10000 字|操作完成";

    static final String EN = "Open chat| unread|Close chat|Customer support|We usually reply in a few minutes"
            + "|Online|Offline, leave us a message|Connecting…|Connection lost, reconnecting…|Typing…"
            + "|Working on it…|Type a message, Enter to send|Send|Send an image|Send a file|Emoji|Sound|Retry"
            + "|Recall|You recalled a message|A message was recalled|Today|Yesterday|New message|Image|File"
            + "|Close image|How did we do?|Rating| stars|Was your question resolved?|Yes|No"
            + "|Anything else? (optional)|Submit|Cancel|Please choose a rating|Leave a message"
            + "|We're away right now. Leave your contact and we'll get back to you.|Name|Phone or email|Message"
            + "|Please write a message|Support|Rate|Message too long: 2,000 characters at most"
            // STATUS
            + "|Sending|Sent|Delivered|Read|Not sent|Recalled"
            // TOAST
            + "|Thanks for your feedback|Message received, we'll be in touch|Not sent, please retry|Upload failed"
            + "|File too large|You're offline|Message too long: 10,000 characters at most|Done"
            // MONTH
            + "|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec";

    private final String[] table;

    private Strings(String joined) {
        table = split(joined);
    }

    public static Strings forLocale(String locale) {
        return new Strings(Locales.ZH_CN.equals(locale) ? ZH : EN);
    }

    public String get(int key) {
        return table[key];
    }

    /** The label of a {@link MessageStatus}. */
    public String status(int status) {
        return table[STATUS + status];
    }

    int size() {
        return table.length;
    }

    /** The notice for a toast key; unknown keys get a neutral "Done" rather than the raw key. */
    public String toast(String key) {
        String[] keys = split(TOAST_KEYS);
        int i = 0;
        while (i < keys.length && !keys[i].equals(key)) {
            i++;
        }
        return table[TOAST + i];
    }

    /** "今天", "昨天", "11月24日" / "Nov 24", with the year when it is not this year's. */
    public String dayLabel(int day, int today) {
        if (day == today) {
            return table[TODAY];
        }
        if (day == today - 1) {
            return table[YESTERDAY];
        }
        int[] d = ChatTime.civil(day);
        boolean thisYear = d[0] == ChatTime.civil(today)[0];
        if (table.length <= MONTH) {
            return (thisYear ? "" : d[0] + "年") + d[1] + "月" + d[2] + "日";
        }
        return table[MONTH + d[1] - 1] + " " + d[2] + (thisYear ? "" : ", " + d[0]);
    }

    /** {@code joined} cut at each separator, without regex (String.split would pull it in). */
    static String[] split(String joined) {
        int n = 1;
        for (int i = 0; i < joined.length(); i++) {
            if (joined.charAt(i) == SEPARATOR) {
                n++;
            }
        }
        String[] parts = new String[n];
        int start = 0;
        for (int k = 0; k < n; k++) {
            int end = joined.indexOf(SEPARATOR, start);
            if (end < 0) {
                end = joined.length();
            }
            parts[k] = joined.substring(start, end);
            start = end + 1;
        }
        return parts;
    }
}
