package org.minutebook.command.committees;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.command.kernel.RuleViolation;
import org.minutebook.command.platform.CouncilScope;
import org.minutebook.events.Person;
import org.minutebook.events.committees.CommitteeKind;
import org.minutebook.events.committees.CommitteeRegistered;
import org.minutebook.events.committees.CommitteeRenamed;
import org.minutebook.events.committees.CommitteeRole;
import org.minutebook.events.committees.MemberAppointed;
import org.minutebook.events.committees.MembershipEnded;
import org.minutebook.events.committees.QuorumFixed;
import org.minutebook.events.committees.WhenInquorate;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.command.meetings.TheMinutes.COLE;
import static org.minutebook.command.meetings.TheMinutes.LEICESTER_CYP;
import static org.minutebook.command.meetings.TheMinutes.MOHIT_SHARMA;
import static org.minutebook.command.meetings.TheMinutes.ORTON;

/**
 * Leicester City Council's Children, Young People and Schools Scrutiny Commission, a name valid "up to 28th April
 * 2021", since then the Children, Young People and Education Scrutiny Commission; and who served on it.
 */
class CommitteeRulesTest {

    private static final String SCHOOLS = "Children, Young People and Schools Scrutiny Commission";
    private static final String EDUCATION = "Children, Young People and Education Scrutiny Commission";
    private static final String COUNCIL = "Leicester City Council";
    private static final LocalDate RENAMED_FROM = LocalDate.of(2021, 4, 29);
    private static final LocalDate COLE_APPOINTED = LocalDate.of(2020, 5, 20);
    private static final String QUARTER = "The quorum shall be one quarter of the voting members, but not less than"
            + " three";

    private FixtureConfiguration<Committee> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Committee.class);
        fixture.registerInjectableResource(CouncilScope.NOT_CHECKED);
    }

    // --- what each command records

    @Test
    void registerCommittee() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCommittee(LEICESTER_CYP, SCHOOLS, COUNCIL, CommitteeKind.SCRUTINY_COMMISSION, null))
                .expectEvents(registered());
    }

    @Test
    void registeringAgainWithTheSameDetailsRecordsNothingNew() {
        fixture.given(registered())
                .when(new RegisterCommittee(LEICESTER_CYP, SCHOOLS, COUNCIL, CommitteeKind.SCRUTINY_COMMISSION, null))
                .expectNoEvents();
    }

    @Test
    @DisplayName("From 29 April 2021 the commission is the Children, Young People and Education Scrutiny Commission")
    void renameCommittee() {
        fixture.given(registered())
                .when(new RenameCommittee(LEICESTER_CYP, EDUCATION, RENAMED_FROM, null))
                .expectEvents(renamedToEducation());
    }

    @Test
    @DisplayName("Councillor Cole is appointed a member of the commission")
    void appointMember() {
        fixture.given(registered())
                .when(new AppointMember(LEICESTER_CYP, COLE, CommitteeRole.MEMBER, COLE_APPOINTED, null))
                .expectEvents(coleAppointed());
    }

    @Test
    @DisplayName("Councillor Cole's membership ends when the commission is renamed")
    void endMembership() {
        fixture.given(registered(), coleAppointed())
                .when(new EndMembership(LEICESTER_CYP, COLE.id(), RENAMED_FROM, null))
                .expectEvents(new MembershipEnded(LEICESTER_CYP, COLE.id(), RENAMED_FROM));
    }

    @Test
    @DisplayName("\"The quorum shall be one quarter of the voting members, but not less than three\", from May 2020")
    void fixQuorum() {
        fixture.given(registered(), coleAppointed())
                .when(new FixQuorum(LEICESTER_CYP, null, 4, 3, WhenInquorate.REFUSED, false, QUARTER, COLE_APPOINTED,
                        null))
                .expectEvents(quarterFromMay2020())
                .expectState(commission -> {
                    assertThat(commission.quorumOn(LocalDate.of(2020, 9, 29)))
                            .contains(new Quorum(3, WhenInquorate.REFUSED, false));
                    assertThat(commission.quorumOn(LocalDate.of(2020, 5, 19))).isEmpty();
                });
    }

    @Test
    @DisplayName("A share of the members is reckoned on those serving on the day; a later quorum replaces it from its day")
    void aQuorumIsTheOneFixedLastBeforeTheMeetingsDay() {
        fixture.given(registered(), coleAppointed(), quarterFromMay2020())
                .when(new FixQuorum(LEICESTER_CYP, 2, null, null, WhenInquorate.FLAGGED, true, null, RENAMED_FROM,
                        null))
                .expectState(commission -> {
                    assertThat(commission.quorumOn(LocalDate.of(2021, 4, 28)))
                            .contains(new Quorum(3, WhenInquorate.REFUSED, false));
                    assertThat(commission.quorumOn(RENAMED_FROM)).contains(new Quorum(2, WhenInquorate.FLAGGED, true));
                    assertThat(commission.quorumOn(null)).contains(new Quorum(2, WhenInquorate.FLAGGED, true));
                });
    }

    // --- the rules

    @Test
    @DisplayName("committee-already-registered: the commission's new name is a rename, not a second registration")
    void committeeAlreadyRegistered() {
        fixture.given(registered())
                .when(new RegisterCommittee(LEICESTER_CYP, EDUCATION, COUNCIL, CommitteeKind.SCRUTINY_COMMISSION, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("committee-already-registered"));
    }

    @Test
    @DisplayName("rename-not-after-previous: a new name takes effect after 29 April 2021, when the last one did")
    void renameNotAfterPrevious() {
        fixture.given(registered(), renamedToEducation())
                .when(new RenameCommittee(LEICESTER_CYP, SCHOOLS, RENAMED_FROM, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("rename-not-after-previous").at("effectiveFrom"));
    }

    @Test
    @DisplayName("name-unchanged: the Education Scrutiny Commission is not renamed to its own name")
    void nameUnchanged() {
        fixture.given(registered(), renamedToEducation())
                .when(new RenameCommittee(LEICESTER_CYP, EDUCATION, LocalDate.of(2024, 5, 1), null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("name-unchanged").at("name"))
                .expectExceptionMessage("The committee is already named " + EDUCATION);
    }

    @Test
    @DisplayName("Mr Mohit Sharma, named without an id, a role or a date, is appointed as the page lists him")
    void aMemberIsAppointedByNameAlone() {
        fixture.given(registered())
                .when(new AppointMember(LEICESTER_CYP, MOHIT_SHARMA, null, null, null))
                .expectEvents(new MemberAppointed(LEICESTER_CYP, new Person("mr-mohit-sharma", "Mr Mohit Sharma"),
                        null, null));
    }

    @Test
    @DisplayName("member-needs-name: someone known only as \"the co-opted member\" cannot be appointed")
    void memberNeedsName() {
        fixture.given(registered())
                .when(new AppointMember(LEICESTER_CYP, new Person(null, null, "the co-opted member"), null, null,
                        null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("member-needs-name").at("member.name"));
    }

    @Test
    @DisplayName("member-already-appointed: Mr Mohit Sharma, appointed on no stated day, is not appointed again")
    void memberAppointedOnNoStatedDayIsNotAppointedAgain() {
        fixture.given(registered(), new MemberAppointed(LEICESTER_CYP, new Person("mr-mohit-sharma",
                        "Mr Mohit Sharma"), null, null))
                .when(new AppointMember(LEICESTER_CYP, MOHIT_SHARMA, CommitteeRole.CO_OPTED_MEMBER, null, null))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("member-already-appointed").at("member"));
    }

    @Test
    @DisplayName("member-already-appointed: Councillor Cole already serves on the commission on 29 September 2020")
    void memberAlreadyAppointed() {
        fixture.given(registered(), coleAppointed())
                .when(new AppointMember(LEICESTER_CYP, COLE, CommitteeRole.VICE_CHAIR, LocalDate.of(2020, 9, 29),
                        null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("member-already-appointed").at("member"))
                .expectExceptionMessage("Councillor Cole already serves on the committee on 2020-09-29");
    }

    @Test
    @DisplayName("not-a-member: Cllr Orton substituted, but never served, so has no membership to end")
    void notAMember() {
        fixture.given(registered(), coleAppointed())
                .when(new EndMembership(LEICESTER_CYP, ORTON.id(), RENAMED_FROM, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("not-a-member").at("memberId"));
    }

    @Test
    @DisplayName("membership-ends-before-it-starts: Councillor Cole's membership of 20 May 2020 cannot end on 1 May")
    void membershipEndsBeforeItStarts() {
        fixture.given(registered(), coleAppointed())
                .when(new EndMembership(LEICESTER_CYP, COLE.id(), LocalDate.of(2020, 5, 1), null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("membership-ends-before-it-starts").at("on"));
    }

    @Test
    @DisplayName("quorum-unstated: a quorum is a number of members or a share of them, not neither")
    void quorumUnstated() {
        fixture.given(registered())
                .when(new FixQuorum(LEICESTER_CYP, null, null, 3, WhenInquorate.REFUSED, false, null, COLE_APPOINTED,
                        null))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("quorum-unstated").at("members"));
    }

    @Test
    @DisplayName("quorum-stated-twice: a quorum of three members is not also one quarter of them")
    void quorumStatedTwice() {
        fixture.given(registered())
                .when(new FixQuorum(LEICESTER_CYP, 3, 4, null, WhenInquorate.REFUSED, false, null, COLE_APPOINTED,
                        null))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("quorum-stated-twice").at("divisor"));
    }

    private static QuorumFixed quarterFromMay2020() {
        return new QuorumFixed(LEICESTER_CYP, null, 4, 3, WhenInquorate.REFUSED, false, QUARTER, COLE_APPOINTED);
    }

    private static CommitteeRegistered registered() {
        return new CommitteeRegistered(LEICESTER_CYP, SCHOOLS, COUNCIL, CommitteeKind.SCRUTINY_COMMISSION,
                "Europe/London");
    }

    private static CommitteeRenamed renamedToEducation() {
        return new CommitteeRenamed(LEICESTER_CYP, EDUCATION, RENAMED_FROM);
    }

    private static MemberAppointed coleAppointed() {
        return new MemberAppointed(LEICESTER_CYP, COLE, CommitteeRole.MEMBER, COLE_APPOINTED);
    }
}
