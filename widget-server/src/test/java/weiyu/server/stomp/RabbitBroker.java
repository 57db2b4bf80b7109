package weiyu.server.stomp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The RabbitMQ that .ci/rabbitmq.sh installs and starts (Web-STOMP on 127.0.0.1:15674).
 * Outside CI a missing broker skips the test with the reason; in CI (CI=true) it fails it.
 */
public final class RabbitBroker {
    public static final String WEB_STOMP_URL = "ws://127.0.0.1:15674/ws";
    public static final int STOMP_PORT = 61613;
    private static final Path SCRIPT = Path.of("..", ".ci", "rabbitmq.sh");

    private RabbitBroker() {
    }

    public static void requireRunning() {
        boolean up = listening(15674) && listening(STOMP_PORT);
        if (!up && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("RabbitMQ is not running: .ci/run must start it (bash .ci/rabbitmq.sh start)");
        }
        Assumptions.assumeTrue(up, "RabbitMQ with Web-STOMP is not running on 127.0.0.1:15674; "
                + "start it with: bash .ci/rabbitmq.sh start");
    }

    /** Runs {@code .ci/rabbitmq.sh stop} or {@code start}, failing the test if it fails. */
    public static void run(String command) throws IOException, InterruptedException {
        if (!Files.exists(SCRIPT)) {
            throw new AssertionError(SCRIPT + " not found");
        }
        Process p = new ProcessBuilder("bash", SCRIPT.toString(), command).inheritIO().start();
        int rc = p.waitFor();
        if (rc != 0) {
            throw new AssertionError("rabbitmq.sh " + command + " exited " + rc);
        }
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
