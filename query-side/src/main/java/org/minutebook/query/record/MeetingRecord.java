package org.minutebook.query.record;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.minutebook.events.Person;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The whole record of one meeting as it stands (corrections applied), in the order of the minutes: what the
 * printable minutes show, and what every meeting read model is projected from. Built only by {@link RecordFold}.
 * Facts are kept as field maps tagged with their kind and the sequence number of the event that recorded them.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public final class MeetingRecord {

    String meetingId;
    long version = -1;
    String committeeId;
    String title;
    boolean special;
    LocalDateTime startsAt;
    String venue;
    List<Map<String, Object>> contacts = new ArrayList<>();
    String webcastUrl;
    String status;
    LocalDate agendaPublishedOn;
    LocalDateTime openedAt;
    Person chair;
    LocalDateTime closedAt;
    String cancellationReason;
    List<Map<String, Object>> adjournments = new ArrayList<>();
    final Attendance attendance = new Attendance();
    final List<Item> items = new ArrayList<>();
    final List<Map<String, Object>> generalDeclarations = new ArrayList<>();
    Map<String, Object> minutesConfirmation;
    final List<Map<String, Object>> corrections = new ArrayList<>();

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    public static final class Attendance {
        final List<Map<String, Object>> present = new ArrayList<>();
        final List<Map<String, Object>> apologies = new ArrayList<>();
        final List<Map<String, Object>> substitutes = new ArrayList<>();
        final List<Map<String, Object>> officers = new ArrayList<>();
        final List<Map<String, Object>> others = new ArrayList<>();
        final List<Map<String, Object>> lateArrivals = new ArrayList<>();
        final List<Map<String, Object>> earlyDepartures = new ArrayList<>();

        public List<Map<String, Object>> present() {
            return present;
        }

        public List<Map<String, Object>> apologies() {
            return apologies;
        }

        public List<Map<String, Object>> substitutes() {
            return substitutes;
        }

        public List<Map<String, Object>> officers() {
            return officers;
        }

        public List<Map<String, Object>> others() {
            return others;
        }

        public List<Map<String, Object>> lateArrivals() {
            return lateArrivals;
        }

        public List<Map<String, Object>> earlyDepartures() {
            return earlyDepartures;
        }
    }

    /** An agenda item, its status, and the business minuted under it, in order. */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    public static final class Item {
        String itemId;
        String number;
        String parentItemId;
        int position;
        String title;
        String agendaText;
        String submittedBy;
        List<Map<String, Object>> documents = new ArrayList<>();
        Map<String, Object> exemption;
        String status = "TO_BE_CONSIDERED";
        String statusReason;
        final List<Map<String, Object>> business = new ArrayList<>();

        public String itemId() {
            return itemId;
        }

        public String number() {
            return number;
        }

        public String title() {
            return title;
        }

        public boolean exempt() {
            return exemption != null;
        }

        public List<Map<String, Object>> business() {
            return business;
        }
    }

    public String meetingId() {
        return meetingId;
    }

    public long version() {
        return version;
    }

    public String committeeId() {
        return committeeId;
    }

    public String title() {
        return title;
    }

    /** The meeting's date: when it opened, or when it is scheduled to. */
    public LocalDate date() {
        return (openedAt != null ? openedAt : startsAt).toLocalDate();
    }

    public Attendance attendance() {
        return attendance;
    }

    public List<Item> items() {
        return items;
    }

    public List<Map<String, Object>> generalDeclarations() {
        return generalDeclarations;
    }

    public Item item(String itemId) {
        return items.stream().filter(item -> item.itemId.equals(itemId)).findFirst().orElse(null);
    }
}
