package weiyu.server.store;

/**
 * A visitor. {@code uid} is ours (the STOMP login, the tail of its thread topics);
 * {@code visitorUid} is the site's own id for the person, equal to {@code uid} when the site
 * gave none. {@code details} is a JSON object with the profile fields we keep but never query.
 */
public record StoredVisitor(String uid, String visitorUid, String orgUid, String nickname, String avatar,
        String details, String createdAt) {
}
