package org.minutebook.upcasters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The new versions of contract 2, each read from the version released in contract 1. Most only add a field that
 * may be null (a person's office), or let a field be null ("not stated"): an old payload reads as it is. The others
 * say here how an old payload reads.
 */
final class ContractTwoRevisions {

    static final String LONDON = "Europe/London";

    /** Types whose contract-1 payload reads as contract 2's unchanged, with the version they had in contract 1. */
    private static final Map<String, Integer> ADDED_FIELDS_ONLY = new LinkedHashMap<>();
    /** Types whose contract-1 payload (version 1) is rewritten to read as version 2. */
    private static final Map<String, UnaryOperator<ObjectNode>> RESHAPED = new LinkedHashMap<>();

    static {
        for (String type : List.of("MeetingOpened", "AgendaItemAdded", "AgendaItemAmended",
                "QuestionAnswered", "SupplementaryQuestionAnswered", "FurtherReportRequested", "InterestDeclared",
                "MinutesConfirmed", "MinutesSigned", "MemberAttended", "ApologyRecorded", "OfficerAttended",
                "GuestAttended", "PetitionReceived", "WrittenReplyPromised", "ResolutionPassed", "MotionLost",
                "PartyWhipDeclared", "MemberAppointed")) {
            ADDED_FIELDS_ONLY.put("minutebook." + type, 1);
        }
        ADDED_FIELDS_ONLY.put("minutebook.QuestionAsked", 2);
        RESHAPED.put("minutebook.CommitteeRegistered", fields -> fields.put("timeZone", LONDON));
        RESHAPED.put("minutebook.MeetingScheduled", fields -> splitStart(fields).put("timeZone", LONDON));
        RESHAPED.put("minutebook.MeetingRescheduled", ContractTwoRevisions::splitStart);
        RESHAPED.put("minutebook.MeetingClosed", ContractTwoRevisions::timeOfDay);
        RESHAPED.put("minutebook.SubstituteRecorded", ContractTwoRevisions::forMemberAsPerson);
        RESHAPED.put("minutebook.ItemMinuted", ContractTwoRevisions::textAndPointsAsBlocks);
        RESHAPED.put("minutebook.ReportConsidered", fields -> fields.put("form", "REPORT"));
        RESHAPED.put("minutebook.PreviousMinutesConfirmed",
                fields -> fields.put("signed", fields.hasNonNull("signedBy")).put("takenAsRead", false));
    }

    private ContractTwoRevisions() {
    }

    static List<RevisionUpcaster> upcasters() {
        List<RevisionUpcaster> upcasters = new ArrayList<>();
        ADDED_FIELDS_ONLY.forEach((type, version) -> upcasters.add(RevisionUpcaster.addedFieldsOnly(type, version)));
        RESHAPED.forEach((type, reshape) -> upcasters.add(new RevisionUpcaster(type, 1, payload -> reshaped(payload,
                reshape))));
        return upcasters;
    }

    /**
     * A contract-1 correction's replacement (some fields of the corrected event, as contract 1 had them) as the
     * same fields read under contract 2.
     */
    static JsonNode replacementUnderContractTwo(String correctedType, JsonNode replacement) {
        UnaryOperator<ObjectNode> reshape = RESHAPED.get(correctedType);
        return reshape == null || !(replacement instanceof ObjectNode) ? replacement : reshaped(replacement, reshape);
    }

    private static JsonNode reshaped(JsonNode payload, UnaryOperator<ObjectNode> reshape) {
        return payload instanceof ObjectNode fields ? reshape.apply(fields.deepCopy()) : payload;
    }

    /** {@code startsAt} ("2021-11-02T14:00:00") read as {@code date} and {@code startTime}. */
    private static ObjectNode splitStart(ObjectNode fields) {
        JsonNode startsAt = fields.remove("startsAt");
        if (startsAt != null && startsAt.isTextual() && startsAt.asText().contains("T")) {
            String[] parts = startsAt.asText().split("T", 2);
            fields.put("date", parts[0]).put("startTime", parts[1]);
        }
        return fields;
    }

    /** {@code closedAt} ("2020-11-18T12:12:00") read as its time of day on the meeting's day ("12:12:00"). */
    private static ObjectNode timeOfDay(ObjectNode fields) {
        JsonNode closedAt = fields.get("closedAt");
        if (closedAt != null && closedAt.isTextual() && closedAt.asText().contains("T")) {
            fields.put("closedAt", closedAt.asText().split("T", 2)[1]);
        }
        return fields;
    }

    /** {@code forMemberId} read as the person {@code forMember}, known by id alone. */
    private static ObjectNode forMemberAsPerson(ObjectNode fields) {
        JsonNode id = fields.remove("forMemberId");
        if (id != null && !id.isNull()) {
            fields.putObject("forMember").put("id", id.asText()).putNull("name").putNull("role");
        }
        return fields;
    }

    /** A minute's {@code text} then its {@code pointsRaised}, read as a paragraph then a bulleted list. */
    private static ObjectNode textAndPointsAsBlocks(ObjectNode fields) {
        JsonNode text = fields.remove("text");
        JsonNode points = fields.remove("pointsRaised");
        if (text == null && points == null) {
            return fields;
        }
        ArrayNode blocks = fields.putArray("blocks");
        if (text != null && !text.isNull()) {
            blocks.addObject().put("kind", "PARAGRAPH").put("text", text.asText()).putArray("items");
        }
        if (points instanceof ArrayNode items && !items.isEmpty()) {
            ObjectNode bullets = blocks.addObject().put("kind", "BULLETS").putNull("text");
            bullets.set("items", items.deepCopy());
        }
        fields.put("cutOff", false);
        return fields;
    }

}
