package weiyu.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import weiyu.server.http.Json;

/** Reads JSON into maps, lists and scalars, and picks values by dotted path, for assertions. */
public final class TestJson {
    private TestJson() {
    }

    public static Object parse(String json) {
        try (JsonParser p = Json.FACTORY.createParser(json)) {
            p.nextToken();
            return value(p);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }

    /** {@code at(doc, "data.content.0.uid")}: object fields by name, list items by index. */
    public static Object at(Object doc, String path) {
        Object node = doc;
        for (String step : path.split("\\.")) {
            if (node instanceof Map<?, ?> map) {
                node = map.get(step);
            } else if (node instanceof List<?> list) {
                node = list.get(Integer.parseInt(step));
            } else {
                throw new AssertionError("no '" + step + "' in " + node + " (path " + path + ")");
            }
        }
        return node;
    }

    public static String text(Object doc, String path) {
        return (String) at(doc, path);
    }

    @SuppressWarnings("unchecked")
    public static List<Object> list(Object doc, String path) {
        return (List<Object>) at(doc, path);
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    map.put(name, value(p));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(p));
                }
                return list;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT -> {
                return p.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return p.getDoubleValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return p.getBooleanValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IOException("unexpected " + t);
        }
    }
}
