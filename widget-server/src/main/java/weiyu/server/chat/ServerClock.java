package weiyu.server.chat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Server time in the form bytedesk writes into {@code createdAt}: {@code yyyy-MM-dd HH:mm:ss}. */
public final class ServerClock {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Clock clock;

    public ServerClock(Clock clock) {
        this.clock = clock;
    }

    public static ServerClock system() {
        return new ServerClock(Clock.systemDefaultZone());
    }

    public String now() {
        return LocalDateTime.now(clock).format(FORMAT);
    }
}
