package weiyu.server;

import java.io.IOException;
import weiyu.server.chat.ChatService;
import weiyu.server.chat.Fanout;
import weiyu.server.chat.InProcessFanout;
import weiyu.server.agent.AgentAccounts;
import weiyu.server.agent.AgentApiHandler;
import weiyu.server.agent.AgentInbox;
import weiyu.server.agent.AgentSessions;
import weiyu.server.stomp.ChatStompApp;
import weiyu.server.stomp.StompEndpoint;
import weiyu.server.chat.OnlineAgents;
import weiyu.server.chat.ServerClock;
import weiyu.server.config.SiteDirectory;
import weiyu.server.store.SqliteDatabase;
import weiyu.server.store.Store;
import weiyu.server.visitor.FileUploads;
import weiyu.server.visitor.VisitorApiHandler;
import weiyu.server.visitor.VisitorCalls;

/**
 * The chat parts one node shares between its transports: the store, the fan-out, who is
 * online, and the chat service on top. The visitor HTTP API uses them now; the STOMP
 * endpoint and the agent page will take the same instances.
 */
public record ChatBackend(Store store, Fanout fanout, OnlineAgents agents, ChatService chat, ServerClock clock,
        SiteDirectory sites, FileUploads uploads, AgentSessions agentSessions) implements AutoCloseable {

    public static ChatBackend open(ServerOptions options) throws IOException {
        Store store = SqliteDatabase.open(options.dataDir());
        try {
            ServerClock clock = ServerClock.system();
            Fanout fanout = new AgentInbox(new InProcessFanout(), store);
            return new ChatBackend(store, fanout, new OnlineAgents(), new ChatService(store, fanout, clock), clock,
                    new SiteDirectory(options.configDir()), new FileUploads(options.dataDir(), store),
                    new AgentSessions(AgentAccounts.load(options.configDir()), System::currentTimeMillis));
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public VisitorApiHandler visitorApi() {
        return new VisitorApiHandler(new VisitorCalls(chat, store, sites, agents, clock), uploads, sites);
    }

    /** {@code /agent/api/...}: agent sign-in, thread list and history for the agent page. */
    public AgentApiHandler agentApi() {
        return new AgentApiHandler(agentSessions, store, System::currentTimeMillis);
    }

    /** {@code /stomp}: visitors and agents over STOMP, on the same chat service and fan-out. */
    public StompEndpoint stompEndpoint() {
        return new StompEndpoint(new ChatStompApp(chat, store, agentSessions, agents), fanout);
    }

    /** Closes the database; safe to call twice. */
    @Override
    public void close() {
        store.close();
    }
}
