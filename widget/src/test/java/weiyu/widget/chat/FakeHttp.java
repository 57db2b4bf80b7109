package weiyu.widget.chat;

import java.util.ArrayList;
import java.util.List;

/** Records every request; the test answers them, in any order, like a server would. */
final class FakeHttp implements Http {
    final List<Request> requests = new ArrayList<>();

    static final class Request {
        final String method;
        final String url;
        final String body;
        final String[] query;
        final Object file;
        final String[] fields;
        final Callback callback;
        boolean answered;

        Request(String method, String url, String body, String[] query, Object file, String[] fields, Callback callback) {
            this.method = method;
            this.url = url;
            this.body = body;
            this.query = query;
            this.file = file;
            this.fields = fields;
            this.callback = callback;
        }

        /** The value of query parameter or multipart field {@code name}, or null. */
        String param(String name) {
            String[] pairs = query != null ? query : fields;
            for (int i = 0; pairs != null && i + 1 < pairs.length; i += 2) {
                if (pairs[i].equals(name)) {
                    return pairs[i + 1];
                }
            }
            return null;
        }

        void answer(int status, String body) {
            if (answered) {
                throw new AssertionError("answered twice: " + url);
            }
            answered = true;
            callback.onResponse(status, body);
        }

        /** A 200 with the envelope {@code {"message":"ok","code":200,"data":<dataJson>}}. */
        void ok(String dataJson) {
            answer(200, "{\"message\":\"ok\",\"code\":200,\"data\":" + dataJson + "}");
        }
    }

    @Override
    public void postJson(String url, String jsonBody, Callback callback) {
        requests.add(new Request("POST", url, jsonBody, null, null, null, callback));
    }

    @Override
    public void get(String url, String[] query, Callback callback) {
        requests.add(new Request("GET", url, null, query, null, null, callback));
    }

    @Override
    public void upload(String url, Object file, String[] fields, Callback callback) {
        requests.add(new Request("UPLOAD", url, null, null, file, fields, callback));
    }

    /** Unanswered requests whose URL ends with {@code path}, oldest first. */
    List<Request> pending(String path) {
        List<Request> out = new ArrayList<>();
        for (Request r : requests) {
            if (!r.answered && r.url.endsWith(path)) {
                out.add(r);
            }
        }
        return out;
    }

    /** The only unanswered request for {@code path}; fails when there is none or several. */
    Request next(String path) {
        List<Request> p = pending(path);
        if (p.size() != 1) {
            throw new AssertionError(p.size() + " pending requests for " + path + " in " + urls());
        }
        return p.get(0);
    }

    int count(String path) {
        int n = 0;
        for (Request r : requests) {
            if (r.url.endsWith(path)) {
                n++;
            }
        }
        return n;
    }

    private List<String> urls() {
        List<String> out = new ArrayList<>();
        for (Request r : requests) {
            out.add((r.answered ? "" : "*") + r.url);
        }
        return out;
    }
}
