package weiyu.widget.chat;

/**
 * HTTP as the conversation needs it (XMLHttpRequest in the browser, a script in tests).
 * Every call answers exactly once through its callback, later, on the event loop.
 */
public interface Http {
    /** POST {@code jsonBody} with content-type application/json. */
    void postJson(String url, String jsonBody, Callback callback);

    /**
     * GET {@code url} with {@code query} appended as {@code ?n1=v1&n2=v2}; the implementation
     * URL-encodes names and values. {@code query} holds flat name/value pairs.
     */
    void get(String url, String[] query, Callback callback);

    /**
     * POST multipart/form-data: the browser's File or Blob {@code file} under the part name
     * "file", then the text parts of {@code fields} (flat name/value pairs).
     */
    void upload(String url, Object file, String[] fields, Callback callback);

    interface Callback {
        /**
         * @param status HTTP status, or 0 when no answer came (network error, CORS, abort)
         * @param body   the response text ("" when none)
         */
        void onResponse(int status, String body);
    }
}
