package org.minutebook.command.platform;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * The record a command is about: its {@code @TargetAggregateIdentifier} component, as Axon routes it. Read once
 * per command class; the path put the id into the command ({@link CommandBody}), so nothing else carries it.
 */
final class TargetRecord {

    private static final ClassValue<Method> ACCESSOR = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> command) {
            RecordComponent[] components = command.getRecordComponents();
            return Arrays.stream(components == null ? new RecordComponent[0] : components)
                    .filter(component -> component.isAnnotationPresent(TargetAggregateIdentifier.class)
                            || fieldIsTarget(command, component))
                    .map(RecordComponent::getAccessor)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(command.getName()
                            + " names no record (@TargetAggregateIdentifier)"));
        }
    };

    private TargetRecord() {
    }

    static String of(Object command) {
        try {
            return (String) ACCESSOR.get(command.getClass()).invoke(command);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read the record id of " + command.getClass().getName(), e);
        }
    }

    private static boolean fieldIsTarget(Class<?> command, RecordComponent component) {
        try {
            return command.getDeclaredField(component.getName()).isAnnotationPresent(TargetAggregateIdentifier.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }
}
