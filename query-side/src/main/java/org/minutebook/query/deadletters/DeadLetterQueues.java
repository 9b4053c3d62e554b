package org.minutebook.query.deadletters;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.minutebook.query.platform.RebuildableReadModel;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotationUtils;

import java.util.List;

/**
 * Every read model's processor parks an event it cannot project in a sequenced dead-letter queue in MongoDB
 * (Axon's), keyed by the record the event belongs to (its aggregate: the meeting, or the committee). That record's
 * later events wait behind it, in order, while every other record goes on. The queue keeps an event as JSON text,
 * so even an event too deep to be stored as a document can be parked.
 */
@Configuration
class DeadLetterQueues {

    static final String COLLECTION = "dead_letters";

    @Autowired
    void parkWhatCannotBeProjected(EventProcessingConfigurer processing, MongoDatabase readModels,
                                   List<RebuildableReadModel> projections) {
        MongoTemplate template = DefaultMongoTemplate.builder().mongoDatabase(readModels)
                .deadLetterCollectionName(COLLECTION).build();
        processing.registerDefaultDeadLetterPolicy(configuration -> new ParkingPolicy());
        for (String group : projections.stream().map(DeadLetterQueues::groupOf).distinct().toList()) {
            processing.registerDeadLetterQueue(group, configuration -> MongoSequencedDeadLetterQueue
                            .<EventMessage<?>>builder()
                            .processingGroup(group)
                            .mongoTemplate(template)
                            .serializer(configuration.eventSerializer())
                            .build())
                    // without the cache, every event would first ask MongoDB whether its record is parked
                    .registerDeadLetteringEventHandlerInvokerConfiguration(group,
                            (configuration, invoker) -> invoker.enableSequenceIdentifierCache());
        }
    }

    private static String groupOf(RebuildableReadModel projection) {
        ProcessingGroup group = AnnotationUtils.findAnnotation(AopUtils.getTargetClass(projection),
                ProcessingGroup.class);
        if (group == null) {
            throw new IllegalStateException(projection.getClass().getName() + " names no processing group");
        }
        return group.value();
    }
}
