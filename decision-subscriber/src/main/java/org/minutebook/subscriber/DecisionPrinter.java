package org.minutebook.subscriber;

import com.sun.net.httpserver.HttpServer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An example governance system: prints every decision minutebook publishes, once, as one readable line — read from
 * the topic, from the pull feed, or received by webhook.
 *
 * <pre>
 * java -jar decision-subscriber-*-exec.jar [--from-beginning] [--seen-file FILE]
 *   reads the topic minutebook.decisions:
 *   KAFKA_BOOTSTRAP_SERVERS  the brokers (default localhost:9092)
 *   SUBSCRIBER_GROUP         the consumer group, whose committed offsets say where to resume (default decision-printer)
 *   --from-beginning         replay the whole topic (it is retained forever), whatever the group has committed
 * java -jar decision-subscriber-*-exec.jar --pull-feed URL [--position-file FILE] [--seen-file FILE]
 *   reads the pull feed of the command side at URL (http://localhost:8081), for a system without Kafka
 *   --position-file FILE     keep the position reached in FILE, so a restart resumes after it
 * java -jar decision-subscriber-*-exec.jar --webhook PORT [--seen-file FILE]
 *   receives the decisions an operator registered it for, on http://this-host:PORT/; WEBHOOK_SECRET is the secret
 *   minutebook gave at registration (whsec_…)
 * --seen-file FILE           keep the ids of the decisions printed in FILE, so a restart does not print one twice
 * </pre>
 *
 * Decisions are printed to standard output; logs go to standard error.
 */
public final class DecisionPrinter {

    /** The topic of decisions, and nothing else (the topic minutebook.meeting-events has every event). */
    static final String TOPIC = "minutebook.decisions";

    private static final Logger log = LoggerFactory.getLogger(DecisionPrinter.class);

    private final SeenIds seen;
    private final PrintStream out;

    DecisionPrinter(SeenIds seen, PrintStream out) {
        this.seen = seen;
        this.out = out;
    }

    /**
     * Prints the decision unless one with the same id was printed already (delivery is at least once, and the topic,
     * the feed and a webhook give one decision the same id); returns whether it printed.
     */
    synchronized boolean print(DecisionEvent event) {
        if (event.id() != null && seen.contains(event.id())) {
            return false;
        }
        out.println(DecisionLine.of(event));
        out.flush();
        if (event.id() != null) {
            seen.add(event.id()); // after printing: a crash in between prints it again, never loses it
        }
        return true;
    }

    public static void main(String[] args) throws Exception {
        boolean fromBeginning = false;
        Path seenFile = null;
        URI pullFeed = null;
        Path positionFile = null;
        Integer webhookPort = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--from-beginning" -> fromBeginning = true;
                case "--seen-file" -> seenFile = Path.of(value(args, ++i));
                case "--pull-feed" -> pullFeed = URI.create(value(args, ++i));
                case "--position-file" -> positionFile = Path.of(value(args, ++i));
                case "--webhook" -> webhookPort = Integer.parseInt(value(args, ++i));
                default -> usage();
            }
        }
        // Decisions quote the minutes, curly quotes and ellipses included: print them in UTF-8.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        DecisionPrinter printer = new DecisionPrinter(new SeenIds(seenFile), out);
        if (pullFeed != null) {
            readPullFeed(printer, pullFeed, positionFile);
        } else if (webhookPort != null) {
            receiveWebhooks(printer, webhookPort);
        } else {
            readTopic(printer, fromBeginning);
        }
    }

    private static void readPullFeed(DecisionPrinter printer, URI commandSide, Path positionFile)
            throws InterruptedException {
        Thread loop = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            loop.interrupt();
            join(loop);
        }));
        log.info("Reading the pull feed of {}", commandSide);
        try {
            new PullFeedReader(commandSide, positionFile).read(printer::print);
        } catch (InterruptedException stopping) {
            log.info("Stopping");
        }
        log.info("Stopped");
    }

    private static void receiveWebhooks(DecisionPrinter printer, int port) throws IOException {
        String secret = env("WEBHOOK_SECRET", null);
        if (secret == null) {
            System.err.println("WEBHOOK_SECRET is the secret minutebook gave when this receiver was registered");
            System.exit(2);
        }
        HttpServer server = new WebhookReceiver(secret, printer::print).listen(port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop(2);
            log.info("Stopped");
        }));
        log.info("Receiving decisions on port {}", server.getAddress().getPort());
    }

    private static void readTopic(DecisionPrinter printer, boolean fromBeginning) {
        String servers = env("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
        String group = env("SUBSCRIBER_GROUP", "decision-printer");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                // Offsets are committed by hand, after the decisions are printed.
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // A group with no committed offsets yet starts at the first decision ever published.
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer());

        // Ctrl-C (or SIGTERM): make the blocking poll throw WakeupException, then wait for the loop to close.
        Thread loop = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            consumer.wakeup();
            join(loop);
        }));

        log.info("Reading {} from {} as group {}{}", TOPIC, servers, group, fromBeginning ? ", from the beginning" : "");
        try {
            if (fromBeginning) {
                consumer.subscribe(List.of(TOPIC), new ReplayFromBeginning(consumer));
            } else {
                consumer.subscribe(List.of(TOPIC)); // resume after the group's last committed offsets
            }
            while (true) {
                ConsumerRecords<String, String> batch = consumer.poll(Duration.ofSeconds(1));
                for (ConsumerRecord<String, String> record : batch) {
                    printer.print(DecisionEvent.from(record));
                }
                if (!batch.isEmpty()) {
                    // Only now that the whole batch is printed. Stopped before this line, the batch comes again on
                    // the next start, and the seen ids keep it from being printed twice.
                    consumer.commitSync();
                }
            }
        } catch (WakeupException stopping) {
            log.info("Stopping");
        } finally {
            consumer.close();
            log.info("Stopped");
        }
    }

    private static void join(Thread loop) {
        try {
            loop.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Seeks each partition to its first offset the first time this process is given it, not on every rebalance. */
    private static final class ReplayFromBeginning implements ConsumerRebalanceListener {

        private final KafkaConsumer<?, ?> consumer;
        private final Set<TopicPartition> replayed = new HashSet<>();

        ReplayFromBeginning(KafkaConsumer<?, ?> consumer) {
            this.consumer = consumer;
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            List<TopicPartition> fresh = partitions.stream().filter(replayed::add).toList();
            if (!fresh.isEmpty()) { // seekToBeginning of no partitions would mean all of them
                consumer.seekToBeginning(fresh);
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static String value(String[] args, int at) {
        if (at == args.length) {
            usage();
        }
        return args[at];
    }

    private static void usage() {
        System.err.println("usage: java -jar decision-subscriber-*-exec.jar [--from-beginning] [--seen-file FILE]\n"
                + "       java -jar decision-subscriber-*-exec.jar --pull-feed URL [--position-file FILE]"
                + " [--seen-file FILE]\n"
                + "       java -jar decision-subscriber-*-exec.jar --webhook PORT [--seen-file FILE]");
        System.exit(2);
    }
}
