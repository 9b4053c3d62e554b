package org.minutebook.events.schemas;

import org.junit.jupiter.api.Test;
import org.minutebook.events.CommitteeEvent;
import org.minutebook.events.EventTypes;
import org.minutebook.events.MeetingEvent;
import org.minutebook.events.actions.FollowUpEvent;
import org.minutebook.events.agenda.AgendaEvent;
import org.minutebook.events.attendance.AttendanceEvent;
import org.minutebook.events.business.BusinessEvent;
import org.minutebook.events.business.QuestionEvent;
import org.minutebook.events.corrections.FactCorrected;
import org.minutebook.events.declarations.DeclarationEvent;
import org.minutebook.events.executive.ExecutiveDecisionEvent;
import org.minutebook.events.imports.MinutesImported;
import org.minutebook.events.interests.InterestsEvent;
import org.minutebook.events.matters.MatterEvent;
import org.minutebook.events.meetings.MeetingLifeEvent;
import org.minutebook.events.minutes.MinutesEvent;
import org.minutebook.events.recommendations.RecommendationEvent;
import org.minutebook.events.resolutions.DecisionEvent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event is in one part of the record, and docs/events.md describes it under that part's heading: the sealed
 * interfaces, the catalogue and the public names cannot drift apart.
 */
class PartsOfTheRecordTest {

    /** Each part, and the heading docs/events.md describes its events under. */
    private static final Map<Class<?>, String> HEADINGS = new LinkedHashMap<>();

    static {
        HEADINGS.put(CommitteeEvent.class, "Committees");
        HEADINGS.put(MeetingLifeEvent.class, "Meetings");
        HEADINGS.put(AgendaEvent.class, "Agenda");
        HEADINGS.put(AttendanceEvent.class, "Attendance");
        HEADINGS.put(DeclarationEvent.class, "Declarations");
        HEADINGS.put(MinutesEvent.class, "Previous minutes and signature");
        HEADINGS.put(BusinessEvent.class, "Business of items");
        HEADINGS.put(QuestionEvent.class, "Questions");
        HEADINGS.put(DecisionEvent.class, "Decisions");
        HEADINGS.put(FollowUpEvent.class, "Actions and referrals");
        HEADINGS.put(MinutesImported.class, "Imports");
        HEADINGS.put(FactCorrected.class, "Corrections");
        HEADINGS.put(RecommendationEvent.class, "Recommendations to the executive");
        HEADINGS.put(ExecutiveDecisionEvent.class, "Decisions outside meetings");
        HEADINGS.put(InterestsEvent.class, "Registers of interests");
        HEADINGS.put(MatterEvent.class, "Matters");
    }

    /** The parts that are records of their own, not of a meeting. */
    private static final List<Class<?>> NOT_OF_A_MEETING = List.of(CommitteeEvent.class, RecommendationEvent.class,
            ExecutiveDecisionEvent.class, InterestsEvent.class, MatterEvent.class);

    @Test
    void everyEventOfTheContractIsInExactlyOnePartOfTheRecord() {
        List<Class<?>> inParts = new ArrayList<>();
        for (Class<?> part : HEADINGS.keySet()) {
            inParts.addAll(eventsOf(part));
        }
        assertThat(inParts).as("the events of the parts, each once").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(EventTypes.all());
        assertThat(MeetingEvent.class.getPermittedSubclasses()).as("the parts of a meeting's record")
                .containsExactlyInAnyOrderElementsOf(HEADINGS.keySet().stream()
                        .filter(part -> !NOT_OF_A_MEETING.contains(part)).toList());
    }

    @Test
    void theCatalogueDescribesEachEventUnderItsPart() throws IOException {
        Path catalogue = EventSchemas.findUp(Path.of(System.getProperty("basedir", ".")), "docs").orElseThrow()
                .resolve("events.md");
        Map<String, String> headingOf = new LinkedHashMap<>();
        String heading = null;
        Matcher line = Pattern.compile("(?m)^(##|###) (\\w[^(\\n]*?)(?: \\(version \\d+\\))?$")
                .matcher(Files.readString(catalogue));
        while (line.find()) {
            if (line.group(1).equals("##")) {
                heading = line.group(2);
            } else {
                headingOf.put(line.group(2), heading);
            }
        }
        HEADINGS.forEach((part, expected) -> assertThat(eventsOf(part)).allSatisfy(event ->
                assertThat(headingOf.get(event.getSimpleName())).as(event.getSimpleName() + " in docs/events.md")
                        .isEqualTo(expected)));
    }

    private static List<Class<?>> eventsOf(Class<?> part) {
        return part.isRecord() ? List.of(part) : Arrays.asList(part.getPermittedSubclasses());
    }
}
