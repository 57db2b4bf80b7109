package weiyu.server.store;

/** A conversation, found by its topic, e.g. {@code org/workgroup/{sid}/{visitor uid}}. */
public record StoredThread(String uid, String topic, String type, String visitorUid, String orgUid, String sid,
        String createdAt) {
}
