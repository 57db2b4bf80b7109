package weiyu.widget.ui;

import weiyu.widget.config.Locales;

/** Every visible string of one locale, in one place: {@link #zh()} and {@link #en()}. */
public final class Strings {
    public String openChat;
    public String unread;
    public String closeChat;
    public String panelTitle;
    public String panelSubtitle;
    public String online;
    public String offline;
    public String connecting;
    public String reconnecting;
    public String typing;
    public String processing;
    public String placeholder;
    public String send;
    public String attachImage;
    public String attachFile;
    public String emoji;
    public String sound;
    /** Indexed by {@link MessageStatus}. */
    public String[] statuses;
    public String retry;
    public String recall;
    public String recalledSelf;
    public String recalledOther;
    public String today;
    public String yesterday;
    public String newMessage;
    public String image;
    public String file;
    public String closeViewer;
    public String rateTitle;
    public String score;
    public String stars;
    public String resolved;
    public String yes;
    public String no;
    public String comment;
    public String submit;
    public String cancel;
    public String needScore;
    public String leaveTitle;
    public String leaveIntro;
    public String nickname;
    public String contact;
    public String content;
    public String needContent;
    public String agent;
    public String rate;
    public String leave;
    String[] months;
    String[] toasts;

    private Strings() {
    }

    public static Strings forLocale(String locale) {
        return Locales.ZH_CN.equals(locale) ? zh() : en();
    }

    private static Strings zh() {
        Strings s = new Strings();
        s.openChat = "打开在线客服";
        s.unread = " 条未读消息";
        s.closeChat = "关闭对话";
        s.panelTitle = "在线客服";
        s.panelSubtitle = "我们通常在几分钟内回复";
        s.online = "在线";
        s.offline = "离线，可以留言";
        s.connecting = "正在连接…";
        s.reconnecting = "网络不稳定，正在重连…";
        s.typing = "对方正在输入…";
        s.processing = "正在处理…";
        s.placeholder = "输入消息，Enter 发送";
        s.send = "发送";
        s.attachImage = "发送图片";
        s.attachFile = "发送文件";
        s.emoji = "表情";
        s.sound = "提示音";
        s.statuses = new String[] { "发送中", "已发送", "已送达", "已读", "发送失败", "已撤回" };
        s.retry = "重发";
        s.recall = "撤回";
        s.recalledSelf = "你撤回了一条消息";
        s.recalledOther = "对方撤回了一条消息";
        s.today = "今天";
        s.yesterday = "昨天";
        s.newMessage = "新消息";
        s.image = "图片";
        s.file = "文件";
        s.closeViewer = "关闭大图";
        s.rateTitle = "请对本次服务评价";
        s.score = "满意度";
        s.stars = " 星";
        s.resolved = "问题解决了吗？";
        s.yes = "已解决";
        s.no = "未解决";
        s.comment = "其他建议（选填）";
        s.submit = "提交";
        s.cancel = "取消";
        s.needScore = "请先选择星级";
        s.leaveTitle = "留言";
        s.leaveIntro = "客服暂时不在线，留下联系方式，我们会尽快回复您。";
        s.nickname = "称呼";
        s.contact = "手机或邮箱";
        s.content = "留言内容";
        s.needContent = "请填写留言内容";
        s.agent = "客服";
        s.rate = "评价";
        s.leave = "留言";
        s.months = null;
        s.toasts = new String[] { "rated", "感谢您的评价", "messageLeft", "留言已提交，我们会尽快联系您",
            "sendFailed", "发送失败，请重试", "uploadFailed", "上传失败", "fileTooLarge", "文件太大",
            "offline", "网络已断开", "", "操作完成" };
        return s;
    }

    private static Strings en() {
        Strings s = new Strings();
        s.openChat = "Open chat";
        s.unread = " unread";
        s.closeChat = "Close chat";
        s.panelTitle = "Customer support";
        s.panelSubtitle = "We usually reply in a few minutes";
        s.online = "Online";
        s.offline = "Offline, leave us a message";
        s.connecting = "Connecting…";
        s.reconnecting = "Connection lost, reconnecting…";
        s.typing = "Typing…";
        s.processing = "Working on it…";
        s.placeholder = "Type a message, Enter to send";
        s.send = "Send";
        s.attachImage = "Send an image";
        s.attachFile = "Send a file";
        s.emoji = "Emoji";
        s.sound = "Sound";
        s.statuses = new String[] { "Sending", "Sent", "Delivered", "Read", "Not sent", "Recalled" };
        s.retry = "Retry";
        s.recall = "Recall";
        s.recalledSelf = "You recalled a message";
        s.recalledOther = "A message was recalled";
        s.today = "Today";
        s.yesterday = "Yesterday";
        s.newMessage = "New message";
        s.image = "Image";
        s.file = "File";
        s.closeViewer = "Close image";
        s.rateTitle = "How did we do?";
        s.score = "Rating";
        s.stars = " stars";
        s.resolved = "Was your question resolved?";
        s.yes = "Yes";
        s.no = "No";
        s.comment = "Anything else? (optional)";
        s.submit = "Submit";
        s.cancel = "Cancel";
        s.needScore = "Please choose a rating";
        s.leaveTitle = "Leave a message";
        s.leaveIntro = "We're away right now. Leave your contact and we'll get back to you.";
        s.nickname = "Name";
        s.contact = "Phone or email";
        s.content = "Message";
        s.needContent = "Please write a message";
        s.agent = "Support";
        s.rate = "Rate";
        s.leave = "Message";
        s.months = new String[] { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
            "Dec" };
        s.toasts = new String[] { "rated", "Thanks for your feedback", "messageLeft",
            "Message received, we'll be in touch", "sendFailed", "Not sent, please retry", "uploadFailed",
            "Upload failed", "fileTooLarge", "File too large", "offline", "You're offline", "", "Done" };
        return s;
    }

    /** The notice for a toast key; unknown keys get a neutral "Done" rather than the raw key. */
    public String toast(String key) {
        for (int i = 0; i < toasts.length - 2; i += 2) {
            if (toasts[i].equals(key)) {
                return toasts[i + 1];
            }
        }
        return toasts[toasts.length - 1];
    }

    /** "今天", "昨天", "11月24日" / "Nov 24", with the year when it is not this year's. */
    public String dayLabel(int day, int today) {
        if (day == today) {
            return this.today;
        }
        if (day == today - 1) {
            return yesterday;
        }
        int[] d = ChatTime.civil(day);
        boolean thisYear = d[0] == ChatTime.civil(today)[0];
        if (months == null) {
            return (thisYear ? "" : d[0] + "年") + d[1] + "月" + d[2] + "日";
        }
        return months[d[1] - 1] + " " + d[2] + (thisYear ? "" : ", " + d[0]);
    }
}
