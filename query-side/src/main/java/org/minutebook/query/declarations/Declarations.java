package org.minutebook.query.declarations;

import org.minutebook.query.platform.Criteria;
import org.minutebook.query.platform.Paging;
import org.minutebook.query.record.FactKind;
import org.minutebook.query.record.Listings;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** The register of declarations, newest meetings first: for the API and the public pages alike. */
@Component
public class Declarations {

    private static final List<String> KINDS = Stream.of(FactKind.INTEREST, FactKind.PARTY_WHIP,
            FactKind.NO_INTERESTS, FactKind.NO_PARTY_WHIP).map(FactKind::json).toList();

    private final DeclarationsRegister register;
    private final Listings listings;

    Declarations(DeclarationsRegister register, Listings listings) {
        this.register = register;
        this.listings = listings;
    }

    /** The declarations the caller may read, each filter narrowing them when given. */
    public Paging.Page<DeclarationRow> register(String memberId, String committeeId, String kind, LocalDate from,
                                                LocalDate to, Paging paging) {
        return listings.page(register, Criteria.where().visibleToCaller()
                .eq("member.id", memberId).eq("committeeId", committeeId).oneOf("kind", kind, KINDS)
                .period("meetingDate", from, to), Listings.NEWEST_FIRST, paging);
    }
}
