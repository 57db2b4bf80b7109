package weiyu.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import weiyu.server.http.Json;
import weiyu.widget.config.ConfigLayers;

/**
 * The widget skips fetching the site config when the page already set every field of
 * {@link ConfigLayers#SITE_FIELDS}; that is only right while those are all the public site JSON
 * offers that the widget reads.
 */
class SiteFieldsInStepTest {
    /** Public fields only the server uses (the widget never reads them). */
    static final Set<String> SERVER_ONLY = Set.of("site", "title", "welcome");

    @Test
    void everyPublicFieldTheWidgetReadsIsASiteField() throws Exception {
        SiteConfig config = SiteConfig.parse("shop", "{\"org\":\"o\",\"sid\":\"s\",\"color\":\"#123456\",\"locale\":\"en\"}");
        List<String> fields = new ArrayList<>();
        try (JsonParser p = Json.FACTORY.createParser(config.publicJson())) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME && !SERVER_ONLY.contains(p.currentName())) {
                    fields.add(p.currentName());
                }
            }
        }
        assertEquals(List.of(ConfigLayers.SITE_FIELDS).stream().sorted().toList(), fields.stream().sorted().toList());
    }
}
