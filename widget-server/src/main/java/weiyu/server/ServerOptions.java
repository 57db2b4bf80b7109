package weiyu.server;

import java.nio.file.Path;

/** Command-line options: {@code --host}, {@code --port}, {@code --config-dir}, {@code --data-dir}. */
public record ServerOptions(String host, int port, Path configDir, Path dataDir) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 9003;
    public static final String USAGE = "usage: java -jar widget-server.jar [--host ADDRESS] [--port N] [--config-dir DIR] [--data-dir DIR]\n"
            + "  --host        address to listen on (default " + DEFAULT_HOST + ")\n"
            + "  --port        TCP port, 0 for any free port (default " + DEFAULT_PORT + ")\n"
            + "  --config-dir  folder holding sites/<site>.json (default ./config)\n"
            + "  --data-dir    folder for the chat database, created if missing (default ./data)";

    /** A command line that cannot be used; the message says why. */
    public static final class BadArguments extends Exception {
        public BadArguments(String message) {
            super(message);
        }
    }

    public static ServerOptions parse(String... args) throws BadArguments {
        String host = DEFAULT_HOST;
        int port = DEFAULT_PORT;
        Path configDir = Path.of("config");
        Path dataDir = Path.of("data");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (name.equals("--help") || name.equals("-h")) {
                throw new BadArguments(USAGE);
            }
            if (!name.equals("--host") && !name.equals("--port") && !name.equals("--config-dir")
                    && !name.equals("--data-dir")) {
                throw new BadArguments("unknown option '" + arg + "'\n" + USAGE);
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new BadArguments("option " + name + " needs a value\n" + USAGE);
                }
                value = args[++i];
            }
            switch (name) {
                case "--host" -> host = value;
                case "--port" -> port = port(value);
                case "--config-dir" -> configDir = Path.of(value);
                default -> dataDir = Path.of(value);
            }
        }
        return new ServerOptions(host, port, configDir, dataDir);
    }

    private static int port(String value) throws BadArguments {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadArguments("--port must be a number from 0 to 65535, not '" + value + "'");
    }
}
