package org.minutebook.query.record;

import org.minutebook.events.meetings.MeetingRole;
import org.minutebook.events.sitting.Sitting;

/**
 * The record's facts of who presided and who was present, and its declarations, as {@link Sitting} reads them item
 * by item: the one definition the command side's rules use, read here for the printed minutes and the pages. Every
 * fact of attendance answers (an officer, a guest, an apology for earlier absences say nothing of who may vote).
 */
final class SittingOfTheRecord implements Fact.Attendance.Visitor<Sitting.Facts> {

    private final Sitting.Facts facts = new Sitting.Facts();

    private SittingOfTheRecord() {
    }

    /**
     * Who presides and who is present at each of the record's items. Whether remote attendance is presence is the
     * committee's standing orders' to say, which the record does not hold: the minutes print how each member
     * attended, and who presided, neither of which depends on it.
     */
    static Sitting of(MeetingRecord record) {
        SittingOfTheRecord sitting = new SittingOfTheRecord();
        sitting.facts.opened(record.chair());
        record.roles().stream().filter(role -> role.role() == MeetingRole.CHAIR)
                .forEach(role -> sitting.facts.chairTaken(role.person(), role.fromItemId()));
        record.attendance().forEach(fact -> fact.accept(sitting));
        record.items().forEach(item -> item.business().stream()
                .filter(Fact.Interest.class::isInstance).map(Fact.Interest.class::cast)
                .forEach(interest -> sitting.facts.declared(interest.member(), item.itemId(), interest.category(),
                        interest.leftRoom(), interest.tookNoPartInVote(), interest.dispensation())));
        return sitting.facts.inAgendaOrder(record.items().stream().map(AgendaItem::place).toList(), false);
    }

    @Override
    public Sitting.Facts on(Fact.Present fact) {
        return facts.attended(fact.member(), fact.mode());
    }

    @Override
    public Sitting.Facts on(Fact.Apologies fact) {
        return facts.apologised(fact.member());
    }

    @Override
    public Sitting.Facts on(Fact.Substitute fact) {
        return facts.substituted(fact.substitute(), fact.mode());
    }

    @Override
    public Sitting.Facts on(Fact.Officer fact) {
        return facts;
    }

    @Override
    public Sitting.Facts on(Fact.Guest fact) {
        return facts;
    }

    @Override
    public Sitting.Facts on(Fact.EarlierAbsence fact) {
        return facts;
    }

    @Override
    public Sitting.Facts on(Fact.LateArrival fact) {
        return facts.arrived(fact.member(), fact.itemId());
    }

    @Override
    public Sitting.Facts on(Fact.EarlyDeparture fact) {
        return facts.left(fact.member(), fact.itemId());
    }
}
