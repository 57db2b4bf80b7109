package weiyu.server.visitor;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import weiyu.server.chat.Rejected;
import weiyu.server.chat.ServerClock;
import weiyu.server.chat.Uids;
import weiyu.server.http.Json;
import weiyu.server.store.Store;
import weiyu.server.store.StoredVisitor;

/**
 * {@code POST /init}: finds the visitor the request names (by {@code uid}, else by the site's
 * {@code visitorUid} within the org) or creates one. A returning visitor keeps its uid, so it
 * continues its threads; an unknown uid a browser remembers is adopted rather than replaced.
 */
final class Visitors {
    private final Store store;
    private final ServerClock clock;

    Visitors(Store store, ServerClock clock) {
        this.store = store;
        this.clock = clock;
    }

    StoredVisitor init(VisitorRequest r) throws Rejected {
        String orgUid = VisitorRequest.require(r.orgUid(), "orgUid");
        Optional<StoredVisitor> known = r.uid() != null ? store.visitor(r.uid())
                : r.visitorUid() != null ? store.visitorByVisitorUid(orgUid, r.visitorUid()) : Optional.empty();
        if (known.isPresent()) {
            if (!known.get().orgUid().equals(orgUid)) {
                throw Rejected.forbidden("visitor '" + known.get().uid() + "' belongs to another organisation");
            }
            return withProfile(known.get(), r);
        }
        String uid = r.uid() != null ? r.uid() : Uids.next();
        String visitorUid = r.visitorUid() != null ? r.visitorUid() : uid;
        String nickname = r.nickname() != null ? r.nickname() : defaultNickname(r.lang(), uid);
        String avatar = r.avatar() != null ? r.avatar() : "";
        return store.saveVisitor(new StoredVisitor(uid, visitorUid, orgUid, nickname, avatar,
                detailsJson(r.details()), clock.now()));
    }

    /**
     * A returning visitor whose page now tells more (weiyu('setUser') after a sign-in): given
     * fields replace the stored ones, absent ones are kept. Written only when something changed.
     */
    private StoredVisitor withProfile(StoredVisitor v, VisitorRequest r) {
        Map<String, String> details = new LinkedHashMap<>(readDetails(v.details()));
        details.putAll(r.details());
        StoredVisitor merged = new StoredVisitor(v.uid(), v.visitorUid(), v.orgUid(),
                r.nickname() != null ? r.nickname() : v.nickname(), r.avatar() != null ? r.avatar() : v.avatar(),
                detailsJson(details), v.createdAt());
        return merged.equals(v) ? v : store.updateVisitorProfile(merged);
    }

    private static Map<String, String> readDetails(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        try (JsonParser p = Json.FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return out;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                if (p.nextToken() == JsonToken.VALUE_STRING) {
                    out.put(name, p.getText());
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            return out; // a broken column is replaced by what the page gives now
        }
        return out;
    }

    Optional<StoredVisitor> find(String uid) {
        return store.visitor(uid);
    }

    /** The visitor as {@code /init} answers it. */
    static void write(JsonGenerator g, StoredVisitor v) throws IOException {
        g.writeStartObject();
        g.writeStringField("uid", v.uid());
        g.writeStringField("visitorUid", v.visitorUid());
        g.writeStringField("nickname", v.nickname());
        g.writeStringField("avatar", v.avatar());
        g.writeStringField("orgUid", v.orgUid());
        g.writeStringField("createdAt", v.createdAt());
        g.writeFieldName("details");
        g.writeRawValue(v.details());
        g.writeEndObject();
    }

    private static String defaultNickname(String lang, String uid) {
        String tail = uid.substring(Math.max(0, uid.length() - 4));
        return lang == null || lang.startsWith("zh") ? "访客" + tail : "Visitor " + tail;
    }

    private static String detailsJson(Map<String, String> details) {
        return Json.write(g -> {
            g.writeStartObject();
            for (Map.Entry<String, String> e : details.entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        });
    }
}
