package org.minutebook.query.declarations;

import org.junit.jupiter.api.Test;
import org.minutebook.events.declarations.InterestCategory;
import org.minutebook.events.declarations.InterestDeclared;
import org.minutebook.events.declarations.NoInterestsDeclared;
import org.minutebook.events.declarations.NoPartyWhipDeclared;
import org.minutebook.events.declarations.PartyWhipDeclared;
import org.minutebook.query.record.FactKind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.query.record.MeetingStory.BENTLEY;
import static org.minutebook.query.record.MeetingStory.MEETING;
import static org.minutebook.query.record.MeetingStory.WELSH;
import static org.minutebook.query.record.MeetingStory.item;
import static org.minutebook.query.record.MeetingStory.ofAMeeting;
import static org.minutebook.query.record.MeetingStory.opened;
import static org.minutebook.query.record.MeetingStory.scheduled;

/** The register of declarations: general ones first, then each item's, and the records that none were made. */
class DeclarationsRegisterTest {

    private final DeclarationsRegister register = new DeclarationsRegister();

    @Test
    void generalDeclarationsComeFirstThenEachItemsInAgendaOrder() {
        List<DeclarationRow> rows = register.rowsOf(ofAMeeting().then(scheduled(), item("23", 1), item("24", 2),
                item("28", 3), opened(),
                new PartyWhipDeclared(MEETING, "whip-1", WELSH, "item-28", "the Conservative whip"),
                new NoInterestsDeclared(MEETING, "item-23"),
                new InterestDeclared(MEETING, "int-1", BENTLEY, null, "that he was a governor of Ellesmere College",
                        InterestCategory.OTHER_REGISTRABLE, false, false, null),
                new NoPartyWhipDeclared(MEETING, "item-24")).record());

        assertThat(rows).extracting(DeclarationRow::kind).containsExactly(FactKind.INTEREST, FactKind.NO_INTERESTS,
                FactKind.NO_PARTY_WHIP, FactKind.PARTY_WHIP);
        assertThat(rows.get(0).where().itemId()).isNull();
        assertThat(rows.get(0).member()).isEqualTo(BENTLEY);
        assertThat(rows.get(3).where().itemNumber()).isEqualTo("28");
        assertThat(rows.get(1).member()).isNull();
    }
}
