package org.minutebook.command.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.minutebook.command.platform.CommandDispatch;
import org.minutebook.command.platform.InvalidRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Published minutes pages in, as the same commands a clerk sends; a report per page out. */
@RestController
@RequestMapping("/api/imports")
class ImportsController {

    private final MinutesImporter importer;

    ImportsController(MinutesImporter importer) {
        this.importer = importer;
    }

    @PostMapping
    @Operation(summary = "Import a published minutes page",
            description = "Reads the page, records its facts through the same commands and rules as the rest of the "
                    + "API, and keeps the page (source, SHA-256, text) with the meeting. The same page again records "
                    + "nothing (UNCHANGED); a changed page records only the differences, as corrections. A rule "
                    + "broken by any fact refuses the whole page: nothing is stored.")
    @ApiResponse(responseCode = "201", description = "Recorded (RECORDED or CORRECTED)")
    @ApiResponse(responseCode = "200", description = "The same page as last imported: nothing recorded (UNCHANGED)")
    @ApiResponse(responseCode = "400", description = "Missing or invalid source or text, a body that is not JSON, "
            + "or an Idempotency-Key header", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "A fact of the page conflicts with the record (rule named); "
            + "meeting-recorded-otherwise", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "A fact of the page cannot be true (rule named, with the "
            + "line); no-meeting-on-page (nothing of a meeting can be read); page-unreadable; "
            + "given-disagrees-with-page", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ImportReport> importPage(
            @Valid @RequestBody ImportRequest request,
            @Parameter(hidden = true) @RequestHeader(value = CommandDispatch.IDEMPOTENCY_KEY, required = false)
            String idempotencyKey) {
        if (idempotencyKey != null) {
            // the import is idempotent by the page itself; a key would be claimed by each of its commands
            throw new InvalidRequest(List.of(new InvalidRequest.FieldError(CommandDispatch.IDEMPOTENCY_KEY,
                    "an import is repeatable as it is (the same page records nothing twice): send no key")));
        }
        ImportReport report = importer.importPage(request);
        return ResponseEntity.status(report.recorded() ? HttpStatus.CREATED : HttpStatus.OK).body(report);
    }
}
