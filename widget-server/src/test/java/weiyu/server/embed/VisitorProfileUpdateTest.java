package weiyu.server.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import weiyu.server.RunningServer;
import weiyu.server.store.StoredVisitor;
import weiyu.server.visitor.ApiClient;

/**
 * What weiyu('setUser') relies on once the visitor exists: POST /init with the known uid and new
 * profile fields updates the visitor; fields it leaves out are kept.
 */
class VisitorProfileUpdateTest {
    static RunningServer server;
    static ApiClient api;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(RunningServer.REPO_CONFIG);
        api = new ApiClient(server);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static StoredVisitor stored(String uid) {
        return server.server().backend().store().visitor(uid).orElseThrow();
    }

    @Test
    void aKnownVisitorTakesTheNewFieldsAndKeepsTheRest() throws Exception {
        String uid = api.newVisitor("df_org_uid");
        api.postJson("/init", "{\"orgUid\":\"df_org_uid\",\"uid\":\"" + uid + "\",\"mobile\":\"123\",\"lang\":\"en\"}");
        ApiClient.Reply r = api.postJson("/init", "{\"orgUid\":\"df_org_uid\",\"uid\":\"" + uid
                + "\",\"nickname\":\"Ann\",\"email\":\"a@example.com\"}");
        assertEquals(200, r.status());
        assertEquals("Ann", r.text("data.nickname"));
        StoredVisitor v = stored(uid);
        assertEquals("Ann", v.nickname());
        assertTrue(v.details().contains("\"email\":\"a@example.com\""), v.details());
        assertTrue(v.details().contains("\"mobile\":\"123\""), "kept: " + v.details());

        api.postJson("/init", "{\"orgUid\":\"df_org_uid\",\"uid\":\"" + uid + "\"}");
        assertEquals("Ann", stored(uid).nickname(), "an init without a nickname keeps it");
    }
}
