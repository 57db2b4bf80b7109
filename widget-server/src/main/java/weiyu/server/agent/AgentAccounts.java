package weiyu.server.agent;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import weiyu.server.chat.Topics;
import weiyu.server.http.Json;

/**
 * Agent accounts from {@code <config-dir>/agents.json}: an array of
 * {@code {"uid", "nickname", "org", "targets": [workgroup uids], "password"}}. Read once at
 * start; a broken file stops the server with the reason rather than locking agents out.
 */
public final class AgentAccounts {
    private record Account(Agent agent, byte[] password) {
    }

    private final Map<String, Account> byUid;

    private AgentAccounts(Map<String, Account> byUid) {
        this.byUid = byUid;
    }

    public static AgentAccounts load(Path configDir) throws IOException {
        Path file = configDir.resolve("agents.json");
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return new AgentAccounts(Map.of());
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    static AgentAccounts parse(String json) throws IOException {
        Map<String, Account> accounts = new LinkedHashMap<>();
        try (JsonParser p = Json.FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalArgumentException("expected an array of agent accounts");
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                Account account = account(p);
                if (accounts.putIfAbsent(account.agent.uid(), account) != null) {
                    throw new IllegalArgumentException("agent uid '" + account.agent.uid() + "' appears twice");
                }
            }
        }
        return new AgentAccounts(Map.copyOf(accounts));
    }

    private static Account account(JsonParser p) throws IOException {
        String uid = null, nickname = null, org = null, password = null;
        List<String> targets = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "uid" -> uid = p.getValueAsString();
                case "nickname" -> nickname = p.getValueAsString();
                case "org" -> org = p.getValueAsString();
                case "password" -> password = p.getValueAsString();
                case "targets" -> {
                    if (value != JsonToken.START_ARRAY) {
                        throw new IllegalArgumentException("'targets' must be an array of uids");
                    }
                    while (p.nextToken() == JsonToken.VALUE_STRING) {
                        targets.add(p.getText());
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (!Topics.isValidId(uid) || !Topics.isValidId(org) || password == null || password.length() < 8) {
            throw new IllegalArgumentException("each agent needs a uid and org of [A-Za-z0-9_-] and a password of 8+ characters");
        }
        for (String target : targets) {
            if (!Topics.isValidId(target)) {
                throw new IllegalArgumentException("agent '" + uid + "': bad target uid '" + target + "'");
            }
        }
        targets.add(uid); // an agent also answers threads addressed to it directly
        return new Account(new Agent(uid, nickname == null ? uid : nickname, org, targets),
                password.getBytes(StandardCharsets.UTF_8));
    }

    /** The agent when the password matches (compared in constant time). */
    public Optional<Agent> check(String uid, String password) {
        Account account = uid == null ? null : byUid.get(uid);
        byte[] given = (password == null ? "" : password).getBytes(StandardCharsets.UTF_8);
        boolean ok = account != null && MessageDigest.isEqual(account.password, given);
        return ok ? Optional.of(account.agent) : Optional.empty();
    }

    public int size() {
        return byUid.size();
    }
}
