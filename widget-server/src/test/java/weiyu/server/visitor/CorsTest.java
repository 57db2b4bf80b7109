package weiyu.server.visitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import weiyu.server.visitor.ApiClient.Reply;

class CorsTest extends ApiTestBase {

    private static Reply preflight(String origin, String method, String headers) throws Exception {
        HttpRequest.Builder b = api.request("/init", "Origin", origin, "Access-Control-Request-Method", method);
        if (headers != null) {
            b.header("Access-Control-Request-Headers", headers);
        }
        return api.send(b.method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    void aConfiguredOriginIsEchoedWithCredentials() throws Exception {
        Reply r = api.postJson("/init", "{\"orgUid\":\"o1\"}", "Origin", SHOP_ORIGIN);
        assertEquals(200, r.status());
        assertEquals(SHOP_ORIGIN, r.header("access-control-allow-origin"));
        assertEquals("true", r.header("access-control-allow-credentials"));
        assertEquals("Origin", r.header("vary"));
    }

    @Test
    void theServersOwnOriginIsAllowed() throws Exception {
        Reply r = api.postJson("/init", "{\"orgUid\":\"o1\"}", "Origin", server.origin());
        assertEquals(200, r.status());
        assertEquals(server.origin(), r.header("access-control-allow-origin"));
    }

    @Test
    void anyOtherOriginIsRefusedBeforeAnythingHappens() throws Exception {
        String uid = api.newVisitor(ORG);
        for (String origin : new String[] {"https://evil.example", "null", "https://shop.example.evil", "http://shop.example"}) {
            Reply r = api.postJson("/init", "{\"orgUid\":\"o1\",\"uid\":\"x_" + origin.length() + "\"}", "Origin", origin);
            assertEquals(403, r.status(), origin);
            assertNull(r.header("access-control-allow-origin"), origin);
            assertEquals(400, api.get("/ping?uid=x_" + origin.length()).status(), "no visitor was created for " + origin);
        }
        Reply send = api.postJson("/thread", "{\"orgUid\":\"o1\",\"sid\":\"wg1\",\"uid\":\"" + uid + "\"}",
                "Origin", "https://evil.example");
        assertEquals(403, send.status());
        assertEquals(0L, api.get("/ping?uid=" + uid).at("data"));
        assertEquals(400, api.history("org/workgroup/wg1/" + uid, 0, 20).status(), "no thread was opened");
    }

    @Test
    void requestsWithoutOriginGetNoCorsHeaders() throws Exception {
        Reply r = api.postJson("/init", "{\"orgUid\":\"o1\"}");
        assertEquals(200, r.status());
        assertNull(r.header("access-control-allow-origin"));
    }

    @Test
    void preflightForAConfiguredOrigin() throws Exception {
        Reply r = preflight(SHOP_ORIGIN, "POST", "content-type");
        assertEquals(204, r.status());
        assertEquals(SHOP_ORIGIN, r.header("access-control-allow-origin"));
        assertEquals("GET, POST, OPTIONS", r.header("access-control-allow-methods"));
        assertEquals("content-type", r.header("access-control-allow-headers"));
        assertEquals("true", r.header("access-control-allow-credentials"));
    }

    @Test
    void preflightRefusals() throws Exception {
        Reply evil = preflight("https://evil.example", "POST", "content-type");
        assertEquals(403, evil.status());
        assertNull(evil.header("access-control-allow-origin"));
        assertEquals(403, preflight(SHOP_ORIGIN, "POST", "x-secret-header").status());
    }
}
