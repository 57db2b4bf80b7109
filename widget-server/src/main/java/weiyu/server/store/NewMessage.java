package weiyu.server.store;

/** A message to append; {@code json} is the whole message as clients receive it. */
public record NewMessage(String uid, String topic, String type, String content, String status, String senderUid,
        String createdAt, String json) {
}
