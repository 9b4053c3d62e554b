package org.minutebook.events.recommendations;

import org.minutebook.events.EventVersion;

import java.time.LocalDate;
import java.util.List;

/**
 * The executive received a report of an overview and scrutiny committee with its recommendations ("Report of the
 * Housing Scrutiny Task Group: six recommendations to Cabinet"). The executive must respond within two months
 * (Local Government Act 2000 s.9FE).
 *
 * @param reportId        the report's stable id
 * @param council         the council
 * @param committeeId     the scrutiny committee that made it
 * @param title           the report's title
 * @param receivedOn      the day the executive received it
 * @param responseDue     the day the response is due: two months from receipt, in the council's calendar (the last
 *                        day of a shorter month when it has no such day)
 * @param respondent      who is to respond, as the report names them ("Cabinet"), or null
 * @param matterId        the matter it belongs to, or null
 * @param recommendations its recommendations, in the report's order
 */
@EventVersion(1)
public record ScrutinyReportReceived(String reportId, String council, String committeeId, String title,
                                     LocalDate receivedOn, LocalDate responseDue, String respondent, String matterId,
                                     List<Recommendation> recommendations) implements RecommendationEvent {

    public ScrutinyReportReceived {
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
    }

    @Override
    public <R> R accept(RecommendationEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
