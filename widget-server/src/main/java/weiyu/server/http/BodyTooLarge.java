package weiyu.server.http;

/** A request body over the call's limit: answered 413 (see {@link UnreadBody} for the rest of it). */
public final class BodyTooLarge extends Exception {
    public BodyTooLarge(long limitBytes) {
        super("the request body is larger than " + limitBytes / 1024 + " KiB", null, false, false);
    }
}
