package weiyu.server.visitor;

/** A request body over {@link RequestFields#MAX_BODY_BYTES}: answered 413, nothing read further. */
final class BodyTooLarge extends Exception {
    BodyTooLarge() {
        super("the request body is larger than " + RequestFields.MAX_BODY_BYTES / 1024 + " KiB", null, false, false);
    }
}
