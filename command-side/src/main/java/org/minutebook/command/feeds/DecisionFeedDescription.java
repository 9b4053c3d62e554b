package org.minutebook.command.feeds;

import org.minutebook.access.ApiContract;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pull feed in the command document: a position or page size out of range is refused (400). */
@Configuration
class DecisionFeedDescription {

    @Bean
    OperationCustomizer decisionFeedRefusals() {
        return (operation, handler) -> {
            if (handler.getBeanType() == DecisionFeedController.class) {
                ApiContract.refuses(operation, 400, "after below 0, or limit not 1 to "
                        + DecisionFeedController.LARGEST_PAGE + " (invalid-request, naming it in errors)");
            }
            return operation;
        };
    }
}
