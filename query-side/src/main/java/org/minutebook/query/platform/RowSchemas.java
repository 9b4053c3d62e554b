package org.minutebook.query.platform;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each query's answer described as the rows it names ({@link AnswersRows}): a page of them, a list, one, or lists
 * by name, as its return type says. The schemas are kept as the operations are described and added to the
 * document's components after ({@link ApiDescription}), since an operation's customizer cannot add them.
 */
@Component
class RowSchemas implements OperationCustomizer {

    private static final String COMPONENTS = "#/components/schemas/";

    private final Map<String, Schema<?>> schemas = new ConcurrentHashMap<>();
    private final Set<String> rows = ConcurrentHashMap.newKeySet();

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        AnswersRows answered = handler.getMethodAnnotation(AnswersRows.class);
        if (answered == null) {
            return operation;
        }
        String name = answered.value().getSimpleName();
        ResolvedSchema resolved = ModelConverters.getInstance().readAllAsResolvedSchema(answered.value());
        resolved.referencedSchemas.forEach(schemas::putIfAbsent);
        schemas.putIfAbsent(name, resolved.schema);
        rows.add(name);
        for (String added : answered.adds()) {
            schemas.get(name).addProperty(added, new BooleanSchema());
        }
        Schema<?> row = new Schema<>().$ref(COMPONENTS + name);
        Schema<?> schema = switch (answered.shape()) {
            case PAGE -> page(row);
            case LIST -> new ArraySchema().items(row);
            case ONE -> row;
        };
        operation.getResponses().get("200").getContent().values().forEach(media -> media.schema(schema));
        return operation;
    }

    /** The rows' schemas and what they refer to, as components. */
    void addTo(OpenAPI api) {
        schemas.forEach((name, schema) -> {
            if (rows.contains(name) && schema.getProperties() != null) {
                // the storage key of a row is not part of the answer (Register.Row#id)
                schema.getProperties().remove("id");
            }
            // a fact says its kind in "fact"; its fields are told in the events' catalogue, not here
            schema.setDiscriminator(null);
            if (!rows.contains(name)) {
                nullableEnums(schema);
            }
            api.getComponents().addSchemas(name, schema);
        });
    }

    /**
     * The contract's records carry null for what the minutes do not state, enums too (a vote's method when the page
     * gives only numbers), and the answers write them as recorded: such an enum is nullable, and (as OpenAPI 3.0.3
     * asks of a nullable enum) lists null among its values.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void nullableEnums(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        for (Schema property : schema.getProperties().values()) {
            List<Object> values = property.getEnum();
            if (values != null && !values.isEmpty() && !values.contains(null)) {
                property.setNullable(true);
                values.add(null);
            }
        }
    }

    private static Schema<?> page(Schema<?> row) {
        return new ObjectSchema().description("One page of a list")
                .addProperty("items", new ArraySchema().items(row))
                .addProperty("page", new IntegerSchema().minimum(BigDecimal.ZERO))
                .addProperty("limit", new IntegerSchema())
                .addProperty("nextPage", new IntegerSchema().nullable(true)
                        .description("The next page's number; null on the last page"))
                .required(List.of("items", "page", "limit"));
    }
}
