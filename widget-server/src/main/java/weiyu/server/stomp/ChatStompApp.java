package weiyu.server.stomp;

import weiyu.server.agent.Agent;
import weiyu.server.agent.AgentAuthenticator;
import weiyu.server.agent.AgentInbox;
import weiyu.server.chat.ChatMessage;
import weiyu.server.chat.ChatService;
import weiyu.server.chat.MessageJson;
import weiyu.server.chat.OnlineAgents;
import weiyu.server.chat.Rejected;
import weiyu.server.chat.Sender;
import weiyu.server.chat.Topics;
import weiyu.server.store.Store;
import weiyu.server.store.StoredThread;

/**
 * bytedesk's STOMP rules over the chat backend. A CONNECT without passcode is a visitor whose
 * {@code login} is its uid (as bytedesk: no token); with a passcode it is an agent and the
 * passcode is its sign-in token. Visitors reach only their own threads; agents the threads of
 * their organisation, plus their organisation's inbox, where every thread message is copied.
 */
public final class ChatStompApp implements StompApp {
    private final ChatService chat;
    private final Store store;
    private final AgentAuthenticator agents;
    private final OnlineAgents presence;

    public ChatStompApp(ChatService chat, Store store, AgentAuthenticator agents, OnlineAgents presence) {
        this.chat = chat;
        this.store = store;
        this.agents = agents;
        this.presence = presence;
    }

    @Override
    public Principal authenticate(String login, String passcode) throws Refused {
        if (login == null || login.isEmpty()) {
            throw new Refused("CONNECT needs login: the visitor uid from POST /visitor/api/v1/init");
        }
        if (passcode != null && !passcode.isEmpty()) {
            Agent agent = agents.verify(login, passcode)
                    .orElseThrow(() -> new Refused("agent sign-in expired or invalid: sign in again at /agent"));
            for (String target : agent.targets()) {
                presence.online(agent.orgUid(), target, agent.uid());
            }
            return new AgentPrincipal(agent);
        }
        if (!Topics.isValidId(login) || store.visitor(login).isEmpty()) {
            throw new Refused("unknown visitor '" + login + "': call POST /visitor/api/v1/init first");
        }
        return new Principal(login, false);
    }

    @Override
    public void authorizeSubscribe(Principal who, String dottedTopic) throws Refused {
        if (who instanceof AgentPrincipal agent) {
            if (dottedTopic.equals(AgentInbox.dottedTopic(agent.agent.orgUid()))) {
                return;
            }
            StoredThread thread = thread(dottedTopic);
            if (!agent.agent.orgUid().equals(thread.orgUid())) {
                throw new Refused("this thread belongs to another organisation");
            }
            return;
        }
        if (!thread(dottedTopic).visitorUid().equals(who.uid())) {
            throw new Refused("this thread belongs to another visitor");
        }
    }

    @Override
    public void onSend(Principal who, String dottedTopic, String body) throws Refused {
        String topic = Topics.fromAppDestination("/app/" + dottedTopic);
        if (topic == null) {
            throw new Refused("not a thread destination: /app/" + dottedTopic);
        }
        try {
            ChatMessage message = MessageJson.parse(body);
            if (!topic.equals(message.thread().topic())) {
                throw new Refused("the message's thread.topic is not the SEND destination's topic");
            }
            if (who instanceof AgentPrincipal agent && !agent.agent.orgUid().equals(thread(dottedTopic).orgUid())) {
                throw new Refused("this thread belongs to another organisation");
            }
            chat.handle(message, who.agent() ? Sender.agent(who.uid()) : Sender.visitor(who.uid()));
        } catch (Rejected e) {
            throw new Refused(e.getMessage());
        }
    }

    @Override
    public void onDisconnect(Principal who) {
        if (who instanceof AgentPrincipal agent) {
            for (String target : agent.agent.targets()) {
                presence.offline(agent.agent.orgUid(), target, agent.agent.uid());
            }
        }
    }

    private StoredThread thread(String dottedTopic) throws Refused {
        String topic = dottedTopic.replace('.', '/');
        if (!Topics.isValid(topic)) {
            throw new Refused("not a thread topic: " + dottedTopic);
        }
        return store.thread(topic).orElseThrow(() -> new Refused("unknown thread " + dottedTopic));
    }

    /** An agent's principal keeps the account, for organisation checks and presence. */
    private static final class AgentPrincipal extends Principal {
        final Agent agent;

        AgentPrincipal(Agent agent) {
            super(agent.uid(), true);
            this.agent = agent;
        }
    }
}
