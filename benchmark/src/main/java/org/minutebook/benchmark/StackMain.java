package org.minutebook.benchmark;

import org.minutebook.localstack.LocalKafka;
import org.minutebook.localstack.LocalMongo;
import org.minutebook.localstack.LocalPostgres;

import java.nio.file.Path;

/**
 * The local stack in its own JVM ({@code java -jar benchmark.jar stack ...}), so that its memory is measured
 * apart from the load generator's: the same Kafka, PostgreSQL and MongoDB-wire servers ./run starts.
 * It stops when its standard input closes, so it never outlives a benchmark that died.
 */
final class StackMain {

    static final String READY = "minutebook benchmark stack ready";

    private StackMain() {
    }

    /** args: stack dataDir postgresPort kafkaPort mongoPort file|memory */
    static void run(String[] args) throws Exception {
        Path data = Path.of(args[1]);
        LocalPostgres postgres = LocalPostgres.start(data.resolve("postgres"), Integer.parseInt(args[2]));
        LocalKafka kafka = LocalKafka.start(data.resolve("kafka"), Integer.parseInt(args[3]));
        int mongoPort = Integer.parseInt(args[4]);
        LocalMongo mongo = args[5].equals("memory") ? LocalMongo.startInMemory(mongoPort)
                : LocalMongo.startOnFile(data.resolve("mongo").resolve("minutebook.mv"), mongoPort);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (mongo; kafka; postgres) {
                System.out.println("stack stopping");
            } catch (Exception e) {
                System.err.println("Stopping the stack failed: " + e);
            }
        }));
        System.out.println(READY);
        System.out.flush();
        while (System.in.read() >= 0) {
            // the benchmark keeps this pipe open while it runs
        }
        System.exit(0);
    }
}
