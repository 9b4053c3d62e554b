package org.minutebook.command.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.minutebook.command.kernel.MeetingTime;
import org.minutebook.command.kernel.WrittenTimes;
import org.minutebook.events.business.FutureMeetingDate;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.util.function.Function;

/**
 * Every date and time of a command (a date of appointment, a due date, the dates of future meetings…) is read as
 * the minutes write it ({@link WrittenTimes}: "19/01/2021", "2.00 pm", or ISO 8601), and is in the years of the
 * record, as a meeting's times are ({@link MeetingTime}): year -1 or 20211 is a typing slip, refused naming the
 * field rather than stored. A future meeting's day may be written with its time in one line ("19/01/2021 at
 * 2.00pm") or without one. Applied as a command is read, so no field can be forgotten.
 */
public final class RecordDates extends SimpleModule {

    public RecordDates() {
        super("record-dates");
        addDeserializer(FutureMeetingDate.class, new FutureDates());
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                return Temporal.class.isAssignableFrom(description.getBeanClass())
                        ? new Bounded(deserializer, description.getBeanClass()) : deserializer;
            }
        });
    }

    /** A refusal whose message is for the clerk, unlike Jackson's own. */
    public static class Unreadable extends JsonMappingException {

        Unreadable(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    /** A date outside the record's years. */
    public static final class OutsideTheYears extends Unreadable {

        OutsideTheYears(JsonParser parser, int year) {
            super(parser, "the year " + year + " is outside the years " + MeetingTime.EARLIEST_YEAR + " to "
                    + MeetingTime.LATEST_YEAR);
        }
    }

    /**
     * A future meeting as written in one line ("19/01/2021", "19 January 2021 at 2.00pm", or a date-time as before
     * the time could be left out), or as its day and its time apart.
     */
    private static final class FutureDates extends StdDeserializer<FutureMeetingDate> {

        FutureDates() {
            super(FutureMeetingDate.class);
        }

        @Override
        public FutureMeetingDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                try {
                    WrittenTimes.DayAndTime written = WrittenTimes.dayAndPerhapsTime(parser.getText());
                    return inTheYears(parser, new FutureMeetingDate(written.date(), written.time()));
                } catch (IllegalArgumentException unreadable) {
                    throw new Unreadable(parser, unreadable.getMessage());
                }
            }
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                return (FutureMeetingDate) context.handleUnexpectedToken(FutureMeetingDate.class, parser);
            }
            LocalDate date = null;
            LocalTime time = null;
            for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
                parser.nextToken();
                switch (field) {
                    case "date" -> date = context.readValue(parser, LocalDate.class);
                    case "time" -> time = context.readValue(parser, LocalTime.class);
                    default -> context.handleUnknownProperty(parser, this, FutureMeetingDate.class, field);
                }
            }
            return new FutureMeetingDate(date, time);
        }

        private static FutureMeetingDate inTheYears(JsonParser parser, FutureMeetingDate day) throws IOException {
            int year = day.date().getYear();
            if (year < MeetingTime.EARLIEST_YEAR || year > MeetingTime.LATEST_YEAR) {
                throw new OutsideTheYears(parser, year);
            }
            return day;
        }
    }

    private static final class Bounded extends DelegatingDeserializer {

        private final Class<?> type;

        Bounded(JsonDeserializer<?> dates, Class<?> type) {
            super(dates);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> dates) {
            return new Bounded(dates, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = parser.currentToken() == JsonToken.VALUE_STRING && written(type) != null
                    ? asWritten(parser) : super.deserialize(parser, context);
            if (value instanceof TemporalAccessor date && date.isSupported(ChronoField.YEAR)) {
                int year = date.get(ChronoField.YEAR);
                if (year < MeetingTime.EARLIEST_YEAR || year > MeetingTime.LATEST_YEAR) {
                    throw new OutsideTheYears(parser, year);
                }
            }
            return value;
        }

        private Object asWritten(JsonParser parser) throws IOException {
            try {
                return written(type).apply(parser.getText());
            } catch (IllegalArgumentException unreadable) {
                throw new Unreadable(parser, unreadable.getMessage());
            }
        }

        private static Function<String, Object> written(Class<?> type) {
            if (type == LocalDate.class) {
                return WrittenTimes::date;
            }
            if (type == LocalTime.class) {
                return WrittenTimes::time;
            }
            return type == LocalDateTime.class ? WrittenTimes::dateTime : null;
        }
    }
}
