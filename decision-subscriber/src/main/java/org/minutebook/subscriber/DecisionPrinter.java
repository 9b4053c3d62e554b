package org.minutebook.subscriber;

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
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An example governance system: prints every decision minutebook publishes, once, as one readable line.
 *
 * <pre>
 * java -jar decision-subscriber-*-exec.jar [--from-beginning] [--seen-file FILE]
 *   KAFKA_BOOTSTRAP_SERVERS  the brokers (default localhost:9092)
 *   SUBSCRIBER_GROUP         the consumer group, whose committed offsets say where to resume (default decision-printer)
 *   --from-beginning         replay the whole topic (it is retained forever), whatever the group has committed
 *   --seen-file FILE         keep the ids of the events printed in FILE, so a restart does not print one twice
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

    /** Prints the decision unless an event with the same ce_id was printed already; returns whether it printed. */
    boolean print(DecisionEvent event) {
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

    public static void main(String[] args) {
        boolean fromBeginning = false;
        Path seenFile = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--from-beginning" -> fromBeginning = true;
                case "--seen-file" -> {
                    if (++i == args.length) {
                        usage();
                    }
                    seenFile = Path.of(args[i]);
                }
                default -> usage();
            }
        }
        String servers = env("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
        String group = env("SUBSCRIBER_GROUP", "decision-printer");

        // Decisions quote the minutes, curly quotes and ellipses included: print them in UTF-8.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        DecisionPrinter printer = new DecisionPrinter(new SeenIds(seenFile), out);

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
            try {
                loop.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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

    private static void usage() {
        System.err.println("usage: java -jar decision-subscriber-*-exec.jar [--from-beginning] [--seen-file FILE]");
        System.exit(2);
    }
}
