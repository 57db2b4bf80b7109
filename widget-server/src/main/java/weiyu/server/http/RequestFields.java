package weiyu.server.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.UrlEncoded;
import weiyu.server.chat.JsonInput;
import weiyu.server.chat.Rejected;

/**
 * The flat name → value fields of a visitor API call, from the query string or from a body
 * in JSON or form encoding (bytedesk accepts both). In JSON, numbers and booleans become
 * their text and nested objects their raw JSON. The first value of a repeated name wins.
 */
public final class RequestFields {
    static final int MAX_BODY_BYTES = 256 * 1024;

    private RequestFields() {
    }

    public static Map<String, String> query(Request request) throws Rejected {
        Fields fields;
        try {
            fields = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            throw Rejected.invalid("the query string is not valid percent-encoded UTF-8");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Fields.Field f : fields) {
            out.putIfAbsent(f.getName(), f.getValue());
        }
        return out;
    }

    public static Map<String, String> body(Request request) throws Rejected, BodyTooLarge, IOException {
        String text = readBody(request);
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        type = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return form(text);
        }
        if (type.startsWith("multipart/")) {
            throw Rejected.invalid("send JSON or form-urlencoded fields, not multipart");
        }
        // JSON by declaration, or sniffed: text/plain is what a CORS "simple request" carries.
        if (type.startsWith("application/json") || text.stripLeading().startsWith("{")) {
            return json(text);
        }
        if (text.isBlank()) {
            return Map.of();
        }
        return form(text);
    }

    private static String readBody(Request request) throws BodyTooLarge, IOException, Rejected {
        long declared = request.getLength();
        if (declared > MAX_BODY_BYTES) {
            throw new BodyTooLarge(MAX_BODY_BYTES);
        }
        byte[] bytes;
        try (InputStream in = Request.asInputStream(request)) {
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw new BodyTooLarge(MAX_BODY_BYTES);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw Rejected.invalid("the request body is not UTF-8");
        }
    }

    private static Map<String, String> form(String text) throws Rejected {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            UrlEncoded.decodeTo(text, out::putIfAbsent, StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            throw Rejected.invalid("the form body is not valid percent-encoded UTF-8");
        }
        return out;
    }

    private static Map<String, String> json(String text) throws Rejected {
        return JsonInput.parse(text, p -> {
            Map<String, String> out = new LinkedHashMap<>();
            JsonInput.readObject(p, "body", (field, q) -> {
                String value = valueText(q);
                if (value != null) {
                    out.put(field, value);
                }
            });
            return out;
        });
    }

    private static String valueText(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            return JsonInput.raw(p);
        }
        return p.getText();
    }
}
