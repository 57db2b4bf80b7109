package weiyu.server.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FanoutPresenceTopicsTest {
    @Test
    void fanoutDeliversToExactDestinationsUntilCancelled() {
        Fanout fanout = new InProcessFanout();
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        Fanout.Subscription sa = fanout.subscribe("/topic/org.workgroup.wg.v1", a::add);
        fanout.subscribe("/topic/org.workgroup.wg.v1", m -> {
            throw new IllegalStateException("a broken listener");
        });
        fanout.subscribe("/topic/org.workgroup.wg.v2", b::add);
        fanout.publish("/topic/org.workgroup.wg.v1", "one");
        sa.cancel();
        sa.cancel();
        fanout.publish("/topic/org.workgroup.wg.v1", "two");
        fanout.publish("/topic/org.workgroup.wg.*", "wildcards are not patterns here");
        assertEquals(List.of("one"), a);
        assertTrue(b.isEmpty());
    }

    @Test
    void anAgentStaysOnlineUntilItsLastSessionLeaves() {
        OnlineAgents agents = new OnlineAgents();
        assertFalse(agents.anyoneOnline("org", "wg"));
        agents.online("org", "wg", "a1");
        agents.online("org", "wg", "a1");
        assertTrue(agents.anyoneOnline("org", "wg"));
        assertFalse(agents.anyoneOnline("other", "wg"));
        agents.offline("org", "wg", "a1");
        assertTrue(agents.anyoneOnline("org", "wg"));
        agents.offline("org", "wg", "a1");
        agents.offline("org", "wg", "a1");
        assertFalse(agents.anyoneOnline("org", "wg"));
    }

    @Test
    void topicsAndDestinations() {
        assertTrue(Topics.isValid("org/workgroup/df_wg_uid/1795634998184001"));
        assertTrue(Topics.isValid("org/agent/a-1/v"));
        for (String bad : new String[] {"org/workgroup/wg", "org/group/wg/v", "/org/workgroup/wg/v", "org/workgroup/w.g/v",
                "org/workgroup/wg/v/extra", "org/workgroup/*/v", "org/workgroup/wg/" + "v".repeat(65)}) {
            assertFalse(Topics.isValid(bad), bad);
        }
        assertEquals("/topic/org.workgroup.wg.v1", Topics.destination("org/workgroup/wg/v1"));
        assertEquals("org/workgroup/wg/v1", Topics.fromAppDestination("/app/org.workgroup.wg.v1"));
        assertNull(Topics.fromAppDestination("/app/org.workgroup.#"));
        assertNull(Topics.fromAppDestination("/topic/org.workgroup.wg.v1"));
    }
}
