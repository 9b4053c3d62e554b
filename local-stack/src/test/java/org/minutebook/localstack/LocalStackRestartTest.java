package org.minutebook.localstack;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The local run keeps its data under one directory: each server finds what it held after a restart. */
class LocalStackRestartTest {

    @TempDir
    Path data;

    @Test
    void kafkaKeepsTopicRecordsAcrossRestart() throws Exception {
        int port = FreePorts.next();
        try (LocalKafka kafka = LocalKafka.start(data.resolve("kafka"), port);
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
             KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                     ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            admin.createTopics(List.of(new NewTopic("minutes", 1, (short) 1))).all().get();
            producer.send(new ProducerRecord<>("minutes", "meeting-1", "The meeting closed at 7.00pm")).get();
        }
        try (LocalKafka kafka = LocalKafka.start(data.resolve("kafka"), port)) {
            assertThat(readAll(kafka.bootstrapServers(), "minutes")).containsExactly("The meeting closed at 7.00pm");
        }
    }

    @Test
    void mongoOnFileKeepsDocumentsAcrossRestart() throws Exception {
        int port = FreePorts.next();
        Path file = data.resolve("mongo/minutebook.mv");
        try (LocalMongo mongo = LocalMongo.startOnFile(file, port);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            client.getDatabase("minutebook").getCollection("meetings")
                    .insertOne(new Document("_id", "m-1").append("title", "Children and Families"));
        }
        try (LocalMongo mongo = LocalMongo.startOnFile(file, port);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            Document found = client.getDatabase("minutebook").getCollection("meetings").find().first();
            assertThat(found).isNotNull();
            assertThat(found.getString("title")).isEqualTo("Children and Families");
        }
    }

    @Test
    void postgresKeepsTablesAcrossRestart() throws Exception {
        int port = FreePorts.next();
        try (LocalPostgres postgres = LocalPostgres.start(data.resolve("postgres"), port);
             Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), LocalPostgres.USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE facts (text varchar(200))");
            statement.execute("INSERT INTO facts VALUES ('No declarations were made.')");
        }
        try (LocalPostgres postgres = LocalPostgres.start(data.resolve("postgres"), port);
             Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), LocalPostgres.USER, "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT text FROM facts")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("No declarations were made.");
        }
    }

    private static List<String> readAll(String bootstrapServers, String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(Set.of(partition));
            consumer.seekToBeginning(Set.of(partition));
            List<String> values = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 20_000;
            while (values.isEmpty() && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
            return values;
        }
    }
}
