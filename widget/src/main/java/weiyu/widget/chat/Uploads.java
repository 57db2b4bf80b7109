package weiyu.widget.chat;

import weiyu.widget.util.SmallList;

/**
 * Images and files: shown at once, uploaded through {@code POST /upload/file}, then sent as an
 * IMAGE or FILE message whose content is the file's JSON. The browser's File cannot be
 * persisted, so a message enters the outbox only once its upload succeeded; until then a
 * failed upload is retried from memory: when the visitor asks, and by itself each time the
 * connection comes back (an upload that failed in an outage is no less wanted after it).
 */
final class Uploads {
    private final ChatState s;
    private final OutgoingMessages out;
    private final Delivery delivery;
    private final SmallList<Pending> pending = new SmallList<>();

    /** A file not yet sent, and the answer to its upload (one class: no lambda class in the bundle). */
    private final class Pending implements VisitorApi.Reply {
        final ChatMessage message;
        final Object file;
        final String fileName;
        final String mimeType;
        final int size;
        boolean uploading;

        Pending(ChatMessage message, Object file, String fileName, String mimeType, int size) {
            this.message = message;
            this.file = file;
            this.fileName = fileName;
            this.mimeType = mimeType;
            this.size = size;
        }

        /** POST /upload/file answered. */
        @Override
        public void done(boolean ok, JsonObject data) {
            ChatMessage m = message;
            uploading = false;
            String url = data == null ? null : data.string("fileUrl");
            if (!ok || url == null || url.isEmpty()) {
                failed(m);
                return;
            }
            pending.remove(this);
            m.content = out.fileContent(url, fileName, mimeType, size);
            s.listener.messageUpdated(m);
            delivery.submit(m);
        }
    }

    Uploads(ChatState state, OutgoingMessages out, Delivery delivery) {
        this.s = state;
        this.out = out;
        this.delivery = delivery;
    }

    void send(Object file, String fileName, String mimeType, int size, boolean image) {
        String type = image ? MessageTypes.IMAGE : MessageTypes.FILE;
        ChatMessage m = out.create(type, out.fileContent("", fileName, mimeType, size), null);
        s.list.appendOwn(m, s.io.clock.epochMillis());
        Pending p = new Pending(m, file, fileName, mimeType, size);
        pending.add(p);
        upload(p);
    }

    /** Uploads again when {@code uid} is a file whose upload failed; false when it is not one. */
    boolean retry(String uid) {
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            if (p.message.uid.equals(uid)) {
                upload(p);
                return true;
            }
        }
        return false;
    }

    /** Uploads again every file whose upload failed (the connection is back). */
    void retryFailed() {
        uploadEach(MessageTypes.ERROR);
    }

    /** Starts the uploads that waited for the visitor's uid (chosen before POST /init answered). */
    void uploadWaiting() {
        uploadEach(MessageTypes.SENDING);
    }

    private void uploadEach(String status) {
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            if (status.equals(p.message.status)) {
                upload(p);
            }
        }
    }

    private void upload(Pending p) {
        ChatMessage m = p.message;
        s.list.setStatus(m.uid, MessageTypes.SENDING);
        if (s.visitorUid == null || p.uploading) {
            return; // uploadWaiting() starts it; or the running upload answers for it
        }
        p.uploading = true;
        String fileType = MessageTypes.IMAGE.equals(m.type) ? "image" : "file";
        s.api.upload(p.file, p.fileName, fileType, s.visitorUid, s.config.orgUid, p);
    }

    private void failed(ChatMessage m) {
        s.list.setStatus(m.uid, MessageTypes.ERROR);
        s.listener.toast("sendFailed");
    }
}
