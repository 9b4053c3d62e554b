package org.minutebook.command.interests;

import org.minutebook.command.platform.CommandBody;
import org.minutebook.command.platform.CommandDispatch;
import org.minutebook.command.platform.QuerySideLinks;
import org.minutebook.command.platform.Recorded;
import org.minutebook.command.platform.Sent;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A member's register of interests over HTTP: the council is in each body, the member in the path. */
@RestController
@RequestMapping("/api/members/{memberId}")
class InterestsController {

    private final CommandDispatch dispatch;
    private final QuerySideLinks links;

    InterestsController(CommandDispatch dispatch, QuerySideLinks links) {
        this.dispatch = dispatch;
        this.links = links;
    }

    @PostMapping("/interests")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded registerInterest(@CommandBody Sent<RegisterInterest> sent) {
        return dispatch.recordFact(sent, sent.command().entryId(), links::registerOfInterests);
    }

    @PostMapping("/interests/{entryId}/amendments")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded amendInterest(@CommandBody Sent<AmendInterest> sent) {
        return dispatch.recordFact(sent, null, links::registerOfInterests);
    }

    @PostMapping("/gifts-and-hospitality")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded registerGift(@CommandBody Sent<RegisterGiftOrHospitality> sent) {
        return dispatch.recordFact(sent, sent.command().entryId(), links::registerOfInterests);
    }

    @PostMapping("/gifts-and-hospitality/{entryId}/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded correctGift(@CommandBody Sent<CorrectGiftOrHospitality> sent) {
        return dispatch.recordFact(sent, null, links::registerOfInterests);
    }

    @PostMapping("/dispensations")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded grantDispensation(@CommandBody Sent<GrantDispensation> sent) {
        return dispatch.recordFact(sent, sent.command().entryId(), links::registerOfInterests);
    }

    @PostMapping("/dispensations/{entryId}/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded correctDispensation(@CommandBody Sent<CorrectDispensation> sent) {
        return dispatch.recordFact(sent, null, links::registerOfInterests);
    }
}
