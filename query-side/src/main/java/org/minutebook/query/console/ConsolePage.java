package org.minutebook.query.console;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The clerk's console: one page whose script reads the record from this service and records through the command
 * side's HTTP API, the only write path. The page itself holds nothing secret; the clerk signs in within it.
 */
@Hidden // a page, not the JSON API that /v3/api-docs describes
@Controller
class ConsolePage {

    private final String commandSideUrl;

    ConsolePage(@Value("${minutebook.command-side-url}") String commandSideUrl) {
        this.commandSideUrl = commandSideUrl;
    }

    @GetMapping("/console")
    String console(Model model) {
        model.addAttribute("commandSide", commandSideUrl);
        return "console/console";
    }
}
