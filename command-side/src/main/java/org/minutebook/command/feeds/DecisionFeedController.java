package org.minutebook.command.feeds;

import org.minutebook.command.platform.InvalidRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The decisions published, for a governance system without Kafka: a page at a time after a position it keeps, each
 * decision as on {@code minutebook.decisions} (the same record, the same {@code id} to de-duplicate on).
 */
@RestController
class DecisionFeedController {

    static final int LARGEST_PAGE = 500;

    private final DecisionFeed feed;

    DecisionFeedController(DecisionFeed feed) {
        this.feed = feed;
    }

    /**
     * Up to {@code limit} decisions after position {@code after} (0: from the first), oldest first; ask again
     * after {@code next}. {@code council} keeps only that council's decisions.
     */
    @GetMapping("/api/feeds/decisions")
    DecisionFeed.Page decisions(@RequestParam(defaultValue = "0") long after,
                                @RequestParam(defaultValue = "100") int limit,
                                @RequestParam(required = false) String council) {
        if (after < 0) {
            throw new InvalidRequest(List.of(new InvalidRequest.FieldError("after", "must be 0 or more")));
        }
        if (limit < 1 || limit > LARGEST_PAGE) {
            throw new InvalidRequest(List.of(new InvalidRequest.FieldError("limit", "must be 1 to " + LARGEST_PAGE)));
        }
        return feed.after(after, limit, council == null || council.isBlank() ? null : council);
    }
}
