package dev.crosswalk.neo4jlocal;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingImpl;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnector.EncryptionLevel;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.ByteUnit;

/**
 * Runs a Neo4j 5.26 Community server in-process: Bolt on 127.0.0.1 only, auth on,
 * nothing else listening and nothing sent anywhere. Prints one ready line on stdout.
 *
 * <p>Exit codes: 0 clean stop, 1 other failure, 2 bad configuration, 3 store lock held,
 * 4 Bolt port already in use.
 */
public final class Neo4jLocal {
    private static final String LOOPBACK = "127.0.0.1";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    // The hook and main() share these; the lock makes a signal during startup wait for build() to finish.
    private static final Object LOCK = new Object();
    private static DatabaseManagementService service;
    private static volatile int exitStatus = 0;

    public static void main(String[] args) {
        // Keep stdout for the ready line only: anything a library prints goes to stderr instead.
        PrintStream stdout = System.out;
        System.setOut(System.err);

        Path home = Path.of(env("NEO4J_LOCAL_HOME", "./.data/dev")).toAbsolutePath().normalize();
        String password = env("NEO4J_PASSWORD", "crosswalk");
        String pageCache = env("NEO4J_LOCAL_PAGECACHE", "256m");
        String txTimeout = env("NEO4J_LOCAL_TX_TIMEOUT", "");
        int port = parsePort(env("NEO4J_LOCAL_BOLT_PORT", "7687"));
        if (password.length() < 8) {
            fail(2, "NEO4J_PASSWORD must be at least 8 characters (Neo4j's minimum password length)");
        }

        // Fail fast (JVM start + a few ms) instead of after Neo4j's own ~10 s startup-and-rollback,
        // and before a second instance appends to the running one's debug.log.
        if (storeLockHeld(home)) {
            fail(3, inUseMessage(home));
        }
        if (portInUse(port)) {
            fail(4, portMessage(port));
        }

        DatabaseManagementServiceBuilder builder;
        try {
            builder = configure(new DatabaseManagementServiceBuilder(home), port, pageCache, txTimeout);
            Files.createDirectories(home);
        } catch (IllegalArgumentException e) {
            fail(2, "invalid configuration: " + e.getMessage());
            return;
        } catch (IOException e) {
            fail(2, "cannot create NEO4J_LOCAL_HOME " + home + ": " + e);
            return;
        }

        // JVM signal exits would be 143/130; a clean stop reports 0 (or the error status set by main).
        Runtime.getRuntime().addShutdownHook(new Thread(Neo4jLocal::stop, "neo4j-local-shutdown"));

        RuntimeException startFailure = null;
        synchronized (LOCK) {
            try {
                service = builder.build();
            } catch (RuntimeException e) {
                startFailure = e;
            }
        }
        if (startFailure != null) {
            classifyStartupFailure(startFailure, home, port); // exits; outside LOCK, which the hook needs
        }

        try {
            ensurePassword(service, password);
            awaitBolt(port);
        } catch (RuntimeException e) {
            fail(1, "startup failed: " + rootMessage(e));
        }

        stdout.println("neo4j-local ready bolt://" + LOOPBACK + ":" + port);
        stdout.flush();

        while (true) {
            LockSupport.park(); // run until SIGTERM/SIGINT; the shutdown hook ends the process
        }
    }

    private static DatabaseManagementServiceBuilder configure(
            DatabaseManagementServiceBuilder b, int port, String pageCache, String txTimeout) {
        // data/ and logs/ default to folders under the builder's home directory.
        b.setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(LOOPBACK));
        b.setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(LOOPBACK));
        b.setConfig(BoltConnector.enabled, true);
        b.setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, port));
        b.setConfig(BoltConnector.advertised_address, new SocketAddress(LOOPBACK, port));
        b.setConfig(BoltConnector.encryption_level, EncryptionLevel.DISABLED);
        b.setConfig(HttpConnector.enabled, false);
        b.setConfig(HttpsConnector.enabled, false);
        // The intra-cluster routing connector (7688) is of no use to a single local server.
        b.setConfig(GraphDatabaseSettings.routing_enabled, false);
        b.setConfig(GraphDatabaseSettings.auth_enabled, true);
        // Databases are already stopped and checkpointed when Bolt shuts down; skip Netty's 2 x 5 s quiet period.
        b.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);

        // Nothing leaves the machine: no usage reports (and their network sender), no driver telemetry.
        b.setConfig(GraphDatabaseSettings.udc_enabled, false);
        b.setConfig(GraphDatabaseInternalSettings.udc_network_enabled, false);
        b.setConfig(BoltConnector.server_bolt_telemetry_enabled, false);

        // Bounded memory and a small data folder: a dev database needs neither big caches nor old tx logs.
        setParsed(b, GraphDatabaseSettings.pagecache_memory, "NEO4J_LOCAL_PAGECACHE", pageCache);
        b.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(512));
        b.setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files");
        b.setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(16));
        b.setConfig(GraphDatabaseSettings.preallocate_logical_logs, false);
        if (!txTimeout.isBlank()) {
            setParsed(b, GraphDatabaseSettings.transaction_timeout, "NEO4J_LOCAL_TX_TIMEOUT", txTimeout);
        }
        return b;
    }

    /** Parses an env value with Neo4j's own parser (e.g. "256m", "30s") and names both on error. */
    @SuppressWarnings("unchecked") // every Setting constant is a SettingImpl
    private static <T> void setParsed(
            DatabaseManagementServiceBuilder b, Setting<T> setting, String envName, String value) {
        try {
            b.setConfig(setting, ((SettingImpl<T>) setting).parse(value.trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    envName + "='" + value + "' is not valid for " + setting.name() + ": " + e.getMessage(), e);
        }
    }

    /** Sets the password of user neo4j (creating it if someone dropped it), without "change required". */
    private static void ensurePassword(DatabaseManagementService dbms, String password) {
        var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        Map<String, Object> params = Map.of("pw", password);
        system.executeTransactionally(
                "CREATE USER neo4j IF NOT EXISTS SET PASSWORD $pw CHANGE NOT REQUIRED", params);
        try {
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", params);
        } catch (QueryExecutionException e) {
            // Neo4j refuses to "change" a password to its current value: then it is already right.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD CHANGE NOT REQUIRED");
        }
    }

    /** Waits until Bolt accepts TCP connections, so the ready line is never a lie. */
    private static void awaitBolt(int port) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(LOOPBACK, port), 250);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Bolt did not accept connections on port " + port
                            + " within " + READY_TIMEOUT.toSeconds() + "s");
                }
                sleep(100);
            }
        }
    }

    private static void classifyStartupFailure(RuntimeException e, Path home, int port) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.neo4j.io.locker.FileLockException
                    || t instanceof org.neo4j.io.pagecache.impl.FileLockException) {
                fail(3, inUseMessage(home));
            }
            if (t instanceof BindException) {
                fail(4, portMessage(port));
            }
        }
        fail(1, "startup failed: " + rootMessage(e));
    }

    /** Same check Neo4j makes (an exclusive tryLock on data/databases/store_lock), done up front. */
    private static boolean storeLockHeld(Path home) {
        Path lockFile = home.resolve("data").resolve("databases").resolve("store_lock");
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false; // e.g. permissions: let Neo4j report it in its own words
        }
    }

    private static boolean portInUse(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(LOOPBACK, port));
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static String inUseMessage(Path home) {
        return "the data folder " + home + " is already in use by another Neo4j (store lock held); "
                + "stop that instance or set NEO4J_LOCAL_HOME to another folder";
    }

    private static String portMessage(int port) {
        return "port " + LOOPBACK + ":" + port + " is already in use; "
                + "stop whatever holds it or set NEO4J_LOCAL_BOLT_PORT to another port";
    }

    private static void stop() {
        synchronized (LOCK) {
            if (service == null) {
                return; // never started: nothing to stop, keep the exit status main chose
            }
            try {
                service.shutdown();
                System.err.println("neo4j-local stopped");
            } catch (RuntimeException e) {
                System.err.println("neo4j-local: shutdown failed: " + rootMessage(e));
                exitStatus = 1;
            }
            System.err.flush();
            Runtime.getRuntime().halt(exitStatus);
        }
    }

    private static void fail(int status, String message) {
        System.err.println("neo4j-local: " + message);
        System.err.flush();
        exitStatus = status;
        System.exit(status);
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        fail(2, "NEO4J_LOCAL_BOLT_PORT must be a port number (1-65535), got '" + value + "'");
        return -1;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Bolt", e);
        }
    }
}
