package weiyu.server.http;

/** An API call refused with a specific HTTP status (401, 404, 429...) and a message for the caller. */
public final class ApiError extends Exception {
    private final int status;

    public ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
