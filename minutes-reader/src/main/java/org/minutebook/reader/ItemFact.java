package org.minutebook.reader;

import org.minutebook.events.Person;
import org.minutebook.events.business.FutureMeetingDate;
import org.minutebook.events.business.QuestionKind;
import org.minutebook.events.business.ReportForm;
import org.minutebook.events.business.RepresentationKind;
import org.minutebook.events.declarations.InterestCategory;
import org.minutebook.events.resolutions.ResolutionForm;
import org.minutebook.events.resolutions.ResolutionPart;
import org.minutebook.events.resolutions.Vote;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A fact recognised in an item's minute, with the line it was read from. Each kind is one command of the record. */
public sealed interface ItemFact {

    int line();

    /** Answers a question of every kind of fact: a new kind that a visitor does not answer fails to compile. */
    <R> R accept(Visitor<R> visitor);

    /** One answer per kind of fact. */
    interface Visitor<R> {

        R noInterests(NoInterests fact);

        R interest(Interest fact);

        R partyWhip(PartyWhip fact);

        R noPartyWhip(NoPartyWhip fact);

        R minutesConfirmed(MinutesConfirmed fact);

        R earlierMinutesCorrection(EarlierMinutesCorrection fact);

        R noMattersArising(NoMattersArising fact);

        R announcement(Announcement fact);

        R noPetitions(NoPetitions fact);

        R petition(Petition fact);

        R noQuestions(NoQuestions fact);

        R noRepresentations(NoRepresentations fact);

        R representation(Representation fact);

        R question(Question fact);

        R noUrgentItems(NoUrgentItems fact);

        R report(Report fact);

        R noted(Noted fact);

        R deferred(Deferred fact);

        R withdrawn(Withdrawn fact);

        R decision(Decision fact);

        R furtherReport(FurtherReport fact);

        R referral(Referral fact);

        R action(Action fact);

        R futureMeetingDates(FutureMeetingDates fact);

        R election(Election fact);

        R nomination(Nomination fact);

        R lateArrival(LateArrival fact);

        R earlyDeparture(EarlyDeparture fact);
    }

    /** "There were no declarations of interest." */
    record NoInterests(int line) implements ItemFact {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.noInterests(this);
        }
    }

    /**
     * "Councillor March declared that she was a governor at Ellesmere College."; {@code onItem} the number of the
     * item the words name ("an interest in item 4"), else null (a general declaration).
     */
    record Interest(int line, Person member, String words, InterestCategory category, String onItem,
                    boolean leftRoom, boolean tookNoPartInVote) implements ItemFact {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.interest(this);
        }
    }

    /** A member declared that they were subject to a party whip. */
    record PartyWhip(int line, Person member, String words) implements ItemFact {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.partyWhip(this);
        }
    }

    /** "There were no declarations of the party whip." */
    record NoPartyWhip(int line) implements ItemFact {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.noPartyWhip(this);
        }
    }

    /** "The minutes of the meeting held on 7 September 2021 were taken as read, confirmed and signed." */
    record MinutesConfirmed(int line, LocalDate meetingDate, boolean takenAsRead, boolean signed,
                            List<String> correctionsNoted, Person movedBy, Person secondedBy) implements ItemFact {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.minutesConfirmed(this);
        }
    }

    /** "It was noted that there was an error in the minutes from 29th October 2024. …" */
    record EarlierMinutesCorrection(int line, LocalDate meetingDate, String text) implements ItemFact {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.earlierMinutesCorrection(this);
        }
    }

    /** "There were no matters arising." */
    record NoMattersArising(int line, String text) implements ItemFact {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.noMattersArising(this);
        }
    }

    /** What the chair announced. */
    record Announcement(int line, String text) implements ItemFact {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.announcement(this);
        }
    }

    /** "The Monitoring Officer reported that no Petitions had been received". */
    record NoPetitions(int line, String text) implements ItemFact {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.noPetitions(this);
        }
    }

    /** A petition presented, with its title as the page gives it (the sentence, when it gives no other). */
    record Petition(int line, String title, Person presentedBy, Integer signatures, String text)
            implements ItemFact {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.petition(this);
        }
    }

    /** "The Chief Executive reported that no questions had been received under Standing Order 35." */
    record NoQuestions(int line, QuestionKind kind, String text) implements ItemFact {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.noQuestions(this);
        }
    }

    /** "… no Representations or Statements of case had been received". */
    record NoRepresentations(int line, String text) implements ItemFact {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.noRepresentations(this);
        }
    }

    /** "A detailed statement from STILL SEND 16+ was taken as read". */
    record Representation(int line, RepresentationKind kind, Person from, boolean takenAsRead)
            implements ItemFact {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.representation(this);
        }
    }

    /** A question put at the meeting, with what the page records of its answer and any supplementary question. */
    record Question(int line, QuestionKind kind, Person askedBy, String askedOf, String text, String standingOrder,
                    boolean atChairsDiscretion, Reply answer, String supplementary, Reply supplementaryAnswer,
                    Person writtenReplyPromisedBy, boolean writtenReplyToSupplementary) implements ItemFact {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.question(this);
        }
    }

    /** Who answered, and the words when the page minutes them (else null). */
    record Reply(Person by, String text) {
    }

    /** "There were no urgent items for consideration." */
    record NoUrgentItems(int line, String text) implements ItemFact {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.noUrgentItems(this);
        }
    }

    /** A report, briefing note, presentation or verbal update considered, with who submitted or presented it. */
    record Report(int line, ReportForm form, String submittedBy, List<Person> presentedBy, String reference)
            implements ItemFact {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.report(this);
        }
    }

    /** "The update was noted." */
    record Noted(int line, String text) implements ItemFact {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.noted(this);
        }
    }

    /** "This item was deferred." (with the reason, when given) */
    record Deferred(int line, String reason) implements ItemFact {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.deferred(this);
        }
    }

    /** "This item was withdrawn." */
    record Withdrawn(int line, String reason) implements ItemFact {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.withdrawn(this);
        }
    }

    /** RESOLVED / AGREED and each part, or a motion lost; with the vote, mover and seconder where stated. */
    record Decision(int line, ResolutionForm form, boolean carried, String preamble, List<ResolutionPart> parts,
                    Person movedBy, Person secondedBy, Vote vote) implements ItemFact {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.decision(this);
        }
    }

    /** A report asked for: its subject, to which body, by when; {@code fromDecision} when a part resolved it. */
    record FurtherReport(int line, String subject, String toBody, LocalDate dueMeetingDate, boolean fromDecision)
            implements ItemFact {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.furtherReport(this);
        }
    }

    /** "… agreed to refer to Scrutiny Board 4, the consideration of …" */
    record Referral(int line, String toBody, String subject, boolean fromDecision) implements ItemFact {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.referral(this);
        }
    }

    /** Something to be done that is neither a report nor a referral ("That a letter be sent …"). */
    record Action(int line, String description, boolean fromDecision) implements ItemFact {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.action(this);
        }
    }

    /** "Future meetings … would be held at 2.00pm on the following dates: …"; each day's time null when not stated. */
    record FutureMeetingDates(int line, List<FutureMeetingDate> dates) implements ItemFact {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.futureMeetingDates(this);
        }
    }

    /** "Mr Evan Morris was elected as Chair of the Panel for the 2024/25 Municipal Year." */
    record Election(int line, Person elected, String office, String words) implements ItemFact {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.election(this);
        }
    }

    /** "Councillor Nick Killian was proposed by Councillor Leonard and seconded by Councillor Fitzgerald." */
    record Nomination(int line, Person nominee, Person proposedBy, Person secondedBy) implements ItemFact {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.nomination(this);
        }
    }

    /** "(At 6:34pm, during the consideration of this item, Councillor Wilkinson entered the meeting.)" */
    record LateArrival(int line, Person member) implements ItemFact {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.lateArrival(this);
        }
    }

    /** "Councillor Smith left the meeting during this item." */
    record EarlyDeparture(int line, Person member) implements ItemFact {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.earlyDeparture(this);
        }
    }

    /** The name of the fact, as the import report counts them: "Decision", "NoInterests"… */
    default String factName() {
        return getClass().getSimpleName();
    }
}
