package diplograph.neo4jlocal;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * A Neo4j Community DBMS, embedded, serving Bolt on 127.0.0.1 only, without auth.
 *
 * <p>Usage: {@code Neo4jLocal --data DIR --port PORT}. Prints {@code READY bolt://127.0.0.1:PORT}
 * once Bolt accepts connections; SIGTERM (or Ctrl-C) shuts the DBMS down cleanly and prints
 * {@code STOPPED}.
 */
public final class Neo4jLocal {
    private Neo4jLocal() {}

    public static void main(String[] args) throws InterruptedException {
        Path data = null;
        int port = 7687;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ((a.equals("--data") || a.equals("-d")) && i + 1 < args.length) {
                data = Path.of(args[++i]);
            } else if ((a.equals("--port") || a.equals("-p")) && i + 1 < args.length) {
                port = Integer.parseInt(args[++i]);
            } else {
                System.err.println("usage: Neo4jLocal --data DIR [--port PORT]");
                System.exit(2);
            }
        }
        if (data == null) {
            System.err.println("usage: Neo4jLocal --data DIR [--port PORT]");
            System.exit(2);
        }

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(data.toAbsolutePath())
                // Loopback only and no auth: this is a test/dev server, never exposed.
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                // Modest footprint: several servers may run side by side in tests.
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
                // Don't fallocate 256 MiB transaction log files in every test data dir.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                // Keep no log history beyond two files (pruned at each checkpoint): a local server
                // takes no backups, and the default two days kept 3.5 GB of logs beside a 2 GB
                // store after 100k articles.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                // Netty waits a 5 s quiet period (twice) before Bolt stops; none needed here.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM/SIGINT run shutdown hooks: close the DBMS so stores are checkpointed cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                dbms.shutdown();
                System.out.println("STOPPED");
                System.out.flush();
            } finally {
                stopped.countDown();
            }
        }, "neo4j-local-shutdown"));

        // build() returns once the databases are started and Bolt is listening.
        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }
}
