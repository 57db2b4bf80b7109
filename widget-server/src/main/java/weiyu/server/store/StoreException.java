package weiyu.server.store;

/** The database failed (disk full, file corrupt...). Nothing the client can fix: a 500. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
