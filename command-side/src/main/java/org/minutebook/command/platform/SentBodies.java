package org.minutebook.command.platform;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import org.springframework.stereotype.Component;

import java.util.Iterator;

/** A {@code Sent<C>} body is described as the command {@code C} it carries: the client sends the command. */
@Component
class SentBodies implements ModelConverter {

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        JavaType javaType = Json.mapper().constructType(type.getType());
        if (javaType != null && javaType.getRawClass() == Sent.class && javaType.containedTypeCount() == 1) {
            return context.resolve(new AnnotatedType(javaType.containedType(0))
                    .resolveAsRef(type.isResolveAsRef())
                    .jsonViewAnnotation(type.getJsonViewAnnotation())
                    .ctxAnnotations(type.getCtxAnnotations()));
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }
}
