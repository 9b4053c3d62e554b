package org.minutebook.query.declarations;

import com.mongodb.client.model.Indexes;
import org.bson.conversions.Bson;
import org.minutebook.query.record.Fact;
import org.minutebook.query.record.Keys;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.Register;
import org.minutebook.query.record.Where;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** {@code declarations}: the register of interests and party whips, and the meetings at which none were made. */
@Component
class DeclarationsRegister extends Register<DeclarationRow> {

    static final String NAME = "declarations";

    DeclarationsRegister() {
        super(NAME, DeclarationRow.class);
    }

    @Override
    public List<DeclarationRow> rowsOf(MeetingRecord record) {
        List<DeclarationRow> rows = new ArrayList<>(numbered(record.generalDeclarations(),
                (interest, order) -> row(record, Where.in(record, order), interest)));
        int general = rows.size();
        rows.addAll(numbered(minuted(record, Fact.Declaration.class), (minuted, order) -> row(record,
                minuted.where(record, general + order), minuted.fact())));
        return rows;
    }

    private static DeclarationRow row(MeetingRecord record, Where where, Fact.Declaration declaration) {
        String id = Keys.of(record.meetingId(), declaration.sequenceNumber());
        return declaration.accept(new Fact.Declaration.Visitor<>() {

            @Override
            public DeclarationRow on(Fact.Interest interest) {
                return new DeclarationRow(id, where, interest.factKind(), interest.declarationId(), interest.member(),
                        interest.words(), interest.category(), interest.leftRoom(), interest.tookNoPartInVote(),
                        interest.dispensation());
            }

            @Override
            public DeclarationRow on(Fact.NoInterests none) {
                return noneDeclared(none);
            }

            @Override
            public DeclarationRow on(Fact.PartyWhip whip) {
                return new DeclarationRow(id, where, whip.factKind(), whip.declarationId(), whip.member(),
                        whip.words(), null, null, null, null);
            }

            @Override
            public DeclarationRow on(Fact.NoPartyWhip none) {
                return noneDeclared(none);
            }

            /** That none were declared: the row says so, and nothing more. */
            private DeclarationRow noneDeclared(Fact.Declaration none) {
                return new DeclarationRow(id, where, none.factKind(), null, null, null, null, null, null, null);
            }
        });
    }

    @Override
    public List<String> searchedBy() {
        return List.of("member.id", "committeeId", "kind", "meetingDate", "exempt");
    }

    @Override
    public List<Bson> indexes() {
        return List.of(Indexes.ascending("member.id", "meetingDate"), Indexes.ascending("committeeId", "meetingDate"),
                Indexes.ascending("meetingDate"));
    }
}
