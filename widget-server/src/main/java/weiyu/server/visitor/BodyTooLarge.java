package weiyu.server.visitor;

/** A request body over the call's limit: answered 413, the rest of it left unread. */
final class BodyTooLarge extends Exception {
    BodyTooLarge(long limitBytes) {
        super("the request body is larger than " + limitBytes / 1024 + " KiB", null, false, false);
    }
}
