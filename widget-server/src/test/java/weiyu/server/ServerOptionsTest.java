package weiyu.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ServerOptionsTest {
    @Test
    void defaultsAndTheDataDir() throws Exception {
        ServerOptions defaults = ServerOptions.parse();
        assertEquals(Path.of("data"), defaults.dataDir());
        assertEquals(Path.of("config"), defaults.configDir());
        assertEquals(Path.of("/var/lib/weiyu"), ServerOptions.parse("--data-dir", "/var/lib/weiyu").dataDir());
        assertEquals(Path.of("d"), ServerOptions.parse("--data-dir=d", "--config-dir", "c").dataDir());
        assertTrue(assertThrows(ServerOptions.BadArguments.class, () -> ServerOptions.parse("--data-dir"))
                .getMessage().startsWith("option --data-dir needs a value"));
    }
}
