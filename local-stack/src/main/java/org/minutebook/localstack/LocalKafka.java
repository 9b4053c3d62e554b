package org.minutebook.localstack;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A real single-node Apache Kafka broker in KRaft mode (combined broker and controller), run in this JVM.
 * Its log directory survives restarts, so the topic keeps its offsets and consumers' stored positions stay valid.
 */
public final class LocalKafka implements AutoCloseable {

    private final KafkaRaftServer server;
    private final int port;

    private LocalKafka(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static LocalKafka start(Path logDir, int port) throws IOException {
        int controllerPort = FreePorts.next();
        Files.createDirectories(logDir);
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        props.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", logDir.toAbsolutePath().toString());
        props.put("num.partitions", "1");
        // The services create their topics explicitly, with the partitions and retention they need.
        props.put("auto.create.topics.enable", "false");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // No flush per message: like any Kafka broker, this one leaves flushing to the operating system, so a
        // restart of the process loses nothing; flushing every record cost a disk sync per event published.
        formatOnce(logDir, props);
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        server.startup();
        return new LocalKafka(server, port);
    }

    /** KRaft needs its log directory formatted with a cluster id once; later starts reuse it. */
    private static void formatOnce(Path logDir, Properties props) throws IOException {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        Path config = logDir.resolveSibling(logDir.getFileName() + "-server.properties");
        try (OutputStream out = Files.newOutputStream(config)) {
            props.store(out, "minutebook local Kafka broker (KRaft)");
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = kafka.tools.StorageTool.execute(new String[]{
                "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString(), "--ignore-formatted"
        }, new PrintStream(output, true, StandardCharsets.UTF_8));
        if (exit != 0) {
            throw new IllegalStateException("Formatting the Kafka log directory failed: " + output);
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
