package weiyu.server.agent;

import java.util.List;

/** A signed-in support agent: who, of which organisation, answering which targets (workgroup uids, or its own uid). */
public record Agent(String uid, String nickname, String orgUid, List<String> targets) {
    public Agent {
        targets = List.copyOf(targets);
    }
}
