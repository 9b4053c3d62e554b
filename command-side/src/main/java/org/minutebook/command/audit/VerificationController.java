package org.minutebook.command.audit;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Audit teams check that a meeting's stored history is the one that was recorded. */
@RestController
class VerificationController {

    private final ChainVerification verification;

    VerificationController(ChainVerification verification) {
        this.verification = verification;
    }

    /** 200 when the chain is intact; 409 naming the first broken link when it is not. */
    @GetMapping({"/api/meetings/{id}/verify", "/api/committees/{id}/verify"})
    ResponseEntity<ChainVerification.Verdict> verify(@PathVariable String id) {
        ChainVerification.Verdict verdict = verification.verify(id);
        return ResponseEntity.status(verdict.intact() ? HttpStatus.OK : HttpStatus.CONFLICT).body(verdict);
    }
}
