package weiyu.widget.chat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JVM's stand-in for JSON.parse/JSON.stringify: a small tree over jackson-core's streaming API. */
final class JacksonJson implements JsonCodec {
    static final JsonFactory FACTORY = new JsonFactory();
    /** JSON null inside the tree (a Java null would read as "absent"). */
    static final Object NULL = new Object();

    @Override
    public JsonObject parse(String text) {
        if (text == null) {
            return null;
        }
        try (JsonParser p = FACTORY.createParser(text)) {
            Object value = read(p, p.nextToken());
            if (p.nextToken() != null) {
                return null; // trailing garbage: JSON.parse would throw
            }
            return value instanceof Map ? new Node(asMap(value)) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public JsonObject newObject() {
        return new Node(new LinkedHashMap<>());
    }

    private static Object read(JsonParser p, JsonToken token) throws IOException {
        if (token == null) {
            throw new IOException("empty");
        }
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    map.put(name, read(p, p.nextToken()));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    list.add(read(p, t));
                }
                return list;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return p.getNumberValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return NULL;
            default:
                throw new IOException("unexpected " + token);
        }
    }

    static String write(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(g, value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, Object value) throws IOException {
        if (value instanceof Map) {
            g.writeStartObject();
            for (Map.Entry<String, Object> e : asMap(value).entrySet()) {
                g.writeFieldName(e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List) {
            g.writeStartArray();
            for (Object item : (List<?>) value) {
                write(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof String) {
            g.writeString((String) value);
        } else if (value instanceof Boolean) {
            g.writeBoolean((Boolean) value);
        } else if (value instanceof Number) {
            g.writeNumber(value.toString());
        } else {
            g.writeNull();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    /** One object of the tree. */
    static final class Node implements JsonObject {
        final Map<String, Object> map;

        Node(Map<String, Object> map) {
            this.map = map;
        }

        @Override
        public String string(String key) {
            Object v = map.get(key);
            return v instanceof String || v instanceof Number || v instanceof Boolean ? v.toString() : null;
        }

        @Override
        public int integer(String key, int fallback) {
            Object v = map.get(key);
            return v instanceof Number ? ((Number) v).intValue() : fallback;
        }

        @Override
        public boolean bool(String key, boolean fallback) {
            Object v = map.get(key);
            return v instanceof Boolean ? (Boolean) v : fallback;
        }

        @Override
        public JsonObject object(String key) {
            Object v = map.get(key);
            return v instanceof Map ? new Node(asMap(v)) : null;
        }

        @Override
        public String raw(String key) {
            Object v = map.get(key);
            return v == null || v == NULL ? null : write(v);
        }

        @Override
        public int arrayLength(String key) {
            Object v = map.get(key);
            return v instanceof List ? ((List<?>) v).size() : 0;
        }

        @Override
        public JsonObject arrayObject(String key, int index) {
            Object v = map.get(key);
            if (!(v instanceof List) || index < 0 || index >= ((List<?>) v).size()) {
                return null;
            }
            Object item = ((List<?>) v).get(index);
            return item instanceof Map ? new Node(asMap(item)) : null;
        }

        @Override
        public JsonObject put(String key, String value) {
            map.put(key, value == null ? NULL : value);
            return this;
        }

        @Override
        public JsonObject put(String key, int value) {
            map.put(key, value);
            return this;
        }

        @Override
        public JsonObject put(String key, boolean value) {
            map.put(key, value);
            return this;
        }

        @Override
        public JsonObject put(String key, JsonObject value) {
            map.put(key, value == null ? NULL : ((Node) value).map);
            return this;
        }

        @Override
        public JsonObject putEmptyArray(String key) {
            map.put(key, new ArrayList<>());
            return this;
        }

        @Override
        public String stringify() {
            return write(map);
        }
    }
}
