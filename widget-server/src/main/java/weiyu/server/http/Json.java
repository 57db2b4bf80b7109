package weiyu.server.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** The shared jackson-core factory and the response envelope every API call uses. */
public final class Json {
    public static final JsonFactory FACTORY = JsonFactory.builder().build();

    private Json() {
    }

    /** What a {@link #write} callback fills in. */
    public interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    public static String write(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** {@code {"message": m, "code": c, "data": <data or null>}}. */
    public static String envelope(String message, int code, Body data) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("message", message);
            g.writeNumberField("code", code);
            g.writeFieldName("data");
            if (data == null) {
                g.writeNull();
            } else {
                data.write(g);
            }
            g.writeEndObject();
        });
    }
}
