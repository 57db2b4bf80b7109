package weiyu.server.chat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.StringWriter;
import weiyu.server.http.Json;

/**
 * Reading untrusted JSON objects field by field with jackson-core: strings with a length
 * cap, and anything unexpected either refused with a message naming the field, or kept raw.
 */
public final class JsonInput {
    /** For client input: a key seen twice is an error, and nesting stays shallow. */
    private static final JsonFactory UNTRUSTED = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build())
            .build();

    private JsonInput() {
    }

    /** What a {@link #parse} callback reads from a parser standing on the first token. */
    public interface Document<T> {
        T read(JsonParser p) throws IOException, Rejected;
    }

    /**
     * Parses one whole JSON document from a client; malformed JSON, a duplicate key or
     * trailing content is {@link Rejected}.
     */
    public static <T> T parse(String json, Document<T> document) throws Rejected {
        try (JsonParser p = UNTRUSTED.createParser(json)) {
            p.nextToken();
            T value = document.read(p);
            if (p.nextToken() != null) {
                throw Rejected.invalid("trailing content after the JSON value");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw Rejected.invalid("malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw Rejected.invalid("unreadable JSON");
        }
    }

    /** Handles the value of one field; the parser stands on that value. */
    public interface FieldReader {
        void read(String field, JsonParser p) throws IOException, Rejected;
    }

    /** Reads the object the parser stands on ({@code START_OBJECT}), field by field. */
    public static void readObject(JsonParser p, String path, FieldReader reader) throws IOException, Rejected {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw Rejected.invalid("'" + path + "' must be a JSON object");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            reader.read(field, p);
        }
    }

    /** A string value, null for JSON null; refuses other types and strings over {@code max} chars. */
    public static String string(JsonParser p, String path, int max) throws IOException, Rejected {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            throw Rejected.invalid("'" + path + "' must be a string");
        }
        String s = p.getText();
        if (s.length() > max) {
            throw Rejected.invalid("'" + path + "' is longer than " + max + " characters");
        }
        return s;
    }

    /** The value the parser stands on, copied as compact raw JSON. */
    public static String raw(JsonParser p) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            g.copyCurrentStructure(p);
        }
        return out.toString();
    }
}
