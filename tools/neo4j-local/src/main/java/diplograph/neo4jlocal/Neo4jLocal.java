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
 * <p>Usage: {@code Neo4jLocal --data DIR --port PORT [--checkpoint-mib N]}. Prints
 * {@code READY bolt://127.0.0.1:PORT} once Bolt accepts connections; SIGTERM (or Ctrl-C) shuts
 * the DBMS down cleanly and prints {@code STOPPED}. With N above 0 a checkpoint runs whenever N MiB
 * of transaction log have been written (and log files rotate at N MiB), instead of Neo4j's
 * default of every 15 minutes or 100,000 transactions.
 */
public final class Neo4jLocal {
    private static final String USAGE =
            "usage: Neo4jLocal --data DIR [--port PORT] [--checkpoint-mib N]";

    private Neo4jLocal() {}

    public static void main(String[] args) throws InterruptedException {
        Path data = null;
        int port = 7687;
        long checkpointMib = 0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ((a.equals("--data") || a.equals("-d")) && i + 1 < args.length) {
                data = Path.of(args[++i]);
            } else if ((a.equals("--port") || a.equals("-p")) && i + 1 < args.length) {
                port = Integer.parseInt(args[++i]);
            } else if (a.equals("--checkpoint-mib") && i + 1 < args.length) {
                checkpointMib = Long.parseLong(args[++i]);
            } else {
                System.err.println(USAGE);
                System.exit(2);
            }
        }
        if (data == null) {
            System.err.println(USAGE);
            System.exit(2);
        }

        DatabaseManagementServiceBuilder builder =
                new DatabaseManagementServiceBuilder(data.toAbsolutePath())
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
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        if (checkpointMib > 0) {
            // Logs are pruned only at a checkpoint: one every N MiB bounds them during a long
            // ingest (the periodic default let them reach 3.5 GB in a 7.5-minute one).
            builder.setConfig(GraphDatabaseSettings.check_point_policy,
                            GraphDatabaseSettings.CheckpointPolicy.VOLUME)
                    .setConfig(GraphDatabaseSettings.check_point_interval_volume,
                            ByteUnit.mebiBytes(checkpointMib))
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold,
                            ByteUnit.mebiBytes(checkpointMib));
        }
        DatabaseManagementService dbms = builder.build();

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
