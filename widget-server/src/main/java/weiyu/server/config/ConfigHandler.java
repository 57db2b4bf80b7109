package weiyu.server.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import weiyu.server.http.EntityTags;
import weiyu.server.http.Replies;
import weiyu.widget.config.SiteId;

/**
 * {@code GET /config/<site>.json}. Unknown or invalid ids answer 404, a broken file 500;
 * errors are JSON, and the cause of a 500 goes to the log, never to the client.
 */
public final class ConfigHandler extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigHandler.class);
    private static final String PREFIX = "/config/";
    private static final String SUFFIX = ".json";
    /**
     * The widget waits for this answer before it shows (so the launcher never changes colour),
     * so a returning visitor's browser may use its copy at once for a day and fetch the new one
     * behind it: an owner's change shows from the visitor's next page, never later than a minute
     * for a visitor who keeps browsing. The ETag makes that background fetch a 304.
     */
    static final String CACHE = "public, max-age=60, stale-while-revalidate=86400";

    private final SiteConfigStore store;

    public ConfigHandler(SiteConfigStore store) {
        this.store = store;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        if (!path.startsWith(PREFIX)) {
            return false;
        }
        if (!Replies.readOnly(request, response, callback)) {
            return true;
        }
        String site = path.endsWith(SUFFIX) ? path.substring(PREFIX.length(), path.length() - SUFFIX.length()) : "";
        if (!SiteId.isValid(site)) {
            Replies.jsonError(request, response, callback, 404,
                    "unknown site: ids are 1-" + SiteId.MAX_LENGTH + " letters, digits, '_' or '-'");
            return true;
        }
        Optional<SiteConfig> config;
        try {
            config = store.find(site);
        } catch (SiteConfig.Malformed e) {
            LOG.error("config for site '{}' is malformed: {}", site, e.getMessage());
            Replies.jsonError(request, response, callback, 500, "the configuration of site '" + site + "' is broken");
            return true;
        } catch (IOException e) {
            LOG.error("config for site '{}' cannot be read", site, e);
            Replies.jsonError(request, response, callback, 500, "the configuration of site '" + site + "' cannot be read");
            return true;
        }
        if (config.isEmpty()) {
            Replies.jsonError(request, response, callback, 404, "unknown site '" + site + "'");
            return true;
        }
        byte[] json = config.get().publicJson().getBytes(StandardCharsets.UTF_8);
        String etag = EntityTags.of(json);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, CACHE);
        response.getHeaders().put(HttpHeader.ETAG, etag);
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        if (EntityTags.matches(request.getHeaders().get(HttpHeader.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            callback.succeeded();
            return true;
        }
        Replies.send(request, response, callback, 200, "application/json;charset=utf-8", json);
        return true;
    }
}
