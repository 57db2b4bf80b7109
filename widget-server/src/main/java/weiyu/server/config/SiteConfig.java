package weiyu.server.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import weiyu.server.http.Json;
import weiyu.widget.config.CssColor;

/**
 * One site's settings, read from {@code <config-dir>/sites/<site>.json}. The public part
 * (what a widget may see) is served at {@code /config/<site>.json}; {@code allowedOrigins}
 * stays on the server, for CORS.
 */
public record SiteConfig(String site, String org, String sid, String type, String title, String welcome,
        String color, String position, String locale, List<String> allowedOrigins) {

    /** A file that is not the JSON object we expect. The message names the problem. */
    public static final class Malformed extends Exception {
        public Malformed(String message) {
            super(message);
        }
    }

    public static SiteConfig parse(String site, String json) throws Malformed {
        String org = "", sid = "", type = "1", title = "", welcome = "", color = null, position = "right", locale = null;
        List<String> origins = new ArrayList<>();
        try (JsonParser p = Json.FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new Malformed("the top level is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "org" -> org = text(p, field);
                    case "sid" -> sid = text(p, field);
                    case "type" -> type = text(p, field);
                    case "title" -> title = text(p, field);
                    case "welcome" -> welcome = text(p, field);
                    case "color" -> color = text(p, field);
                    case "position" -> position = text(p, field);
                    case "locale" -> locale = text(p, field);
                    case "allowedOrigins" -> origins = strings(p, field);
                    default -> p.skipChildren(); // unknown keys are tolerated, for forward compatibility
                }
                if (value == null) {
                    throw new Malformed("the file ends inside field '" + field + "'");
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new Malformed("trailing content after the JSON object");
            }
        } catch (JsonProcessingException e) {
            throw new Malformed("invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new Malformed("unreadable JSON: " + e.getMessage());
        }
        if (!type.equals("0") && !type.equals("1") && !type.equals("2")) {
            throw new Malformed("'type' must be \"0\", \"1\" or \"2\"");
        }
        if (color != null && !CssColor.isHexColor(color)) {
            throw new Malformed("'color' must be #rgb or #rrggbb");
        }
        if (!position.equals("left") && !position.equals("right")) {
            throw new Malformed("'position' must be \"left\" or \"right\"");
        }
        return new SiteConfig(site, org, sid, type, title, welcome, color, position, locale, List.copyOf(origins));
    }

    /** The JSON a widget fetches: every field but {@code allowedOrigins}. */
    public String publicJson() {
        return Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("site", site);
            g.writeStringField("org", org);
            g.writeStringField("sid", sid);
            g.writeStringField("type", type);
            g.writeStringField("title", title);
            g.writeStringField("welcome", welcome);
            writeOptional(g, "color", color);
            g.writeStringField("position", position);
            writeOptional(g, "locale", locale);
            g.writeEndObject();
        });
    }

    private static void writeOptional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static String text(JsonParser p, String field) throws IOException, Malformed {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new Malformed("'" + field + "' must be a string");
        }
        return p.getText();
    }

    private static List<String> strings(JsonParser p, String field) throws IOException, Malformed {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new Malformed("'" + field + "' must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(text(p, field));
        }
        return out;
    }
}
