package weiyu.server.chat;

import weiyu.server.http.Json;
import weiyu.server.store.HistoryPage;
import weiyu.server.store.StoredMessage;

/** A history page as a Spring-style page answer ({@code content, last, totalPages, ...}), each message as it is now. */
public final class HistoryPageJson {
    private HistoryPageJson() {
    }

    public static Json.Body of(HistoryPage page) {
        return g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("content");
            for (StoredMessage row : page.content()) {
                MessageJson.write(g, ChatService.current(row));
            }
            g.writeEndArray();
            g.writeBooleanField("first", page.pageNumber() == 0);
            g.writeBooleanField("last", page.last());
            g.writeNumberField("totalPages", page.totalPages());
            g.writeNumberField("totalElements", page.totalElements());
            g.writeNumberField("number", page.pageNumber());
            g.writeNumberField("size", page.pageSize());
            g.writeNumberField("numberOfElements", page.content().size());
            g.writeBooleanField("empty", page.content().isEmpty());
            g.writeEndObject();
        };
    }
}
