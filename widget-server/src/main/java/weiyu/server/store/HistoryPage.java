package weiyu.server.store;

import java.util.List;

/** One page of a thread's history, with what a Spring-style page answer needs. */
public record HistoryPage(List<StoredMessage> content, int pageNumber, int pageSize, long totalElements) {
    public HistoryPage {
        content = List.copyOf(content);
    }

    public int totalPages() {
        return (int) ((totalElements + pageSize - 1) / pageSize);
    }

    public boolean last() {
        return (long) (pageNumber + 1) * pageSize >= totalElements;
    }
}
