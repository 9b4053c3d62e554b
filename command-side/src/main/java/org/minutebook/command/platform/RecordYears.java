package org.minutebook.command.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.minutebook.command.kernel.MeetingTime;

import java.io.IOException;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;

/**
 * Every date of a command (a date of publication, a due date, the dates of future meetings…) is in the years of
 * the record, as a meeting's times are ({@link MeetingTime}): year -1 or 20211 is a typing slip, refused naming the
 * field rather than stored. Applied as a command is read, so no field can be forgotten.
 */
public final class RecordYears extends SimpleModule {

    public RecordYears() {
        super("record-years");
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                return Temporal.class.isAssignableFrom(description.getBeanClass())
                        ? new Bounded(deserializer) : deserializer;
            }
        });
    }

    /** A refusal whose message is for the client, unlike Jackson's own. */
    public static final class OutsideTheYears extends JsonMappingException {

        OutsideTheYears(JsonParser parser, int year) {
            super(parser, "the year " + year + " is outside the years " + MeetingTime.EARLIEST_YEAR + " to "
                    + MeetingTime.LATEST_YEAR);
        }
    }

    private static final class Bounded extends DelegatingDeserializer {

        Bounded(JsonDeserializer<?> dates) {
            super(dates);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> dates) {
            return new Bounded(dates);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value instanceof TemporalAccessor date && date.isSupported(ChronoField.YEAR)) {
                int year = date.get(ChronoField.YEAR);
                if (year < MeetingTime.EARLIEST_YEAR || year > MeetingTime.LATEST_YEAR) {
                    throw new OutsideTheYears(parser, year);
                }
            }
            return value;
        }
    }
}
