package org.minutebook.command.audit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * Audit teams check that a record's stored history is the one that was recorded, and get the public keys to check
 * the seals and the published chain heads themselves.
 */
@RestController
class VerificationController {

    private final ChainVerification verification;
    private final SealKeys keys;

    VerificationController(ChainVerification verification, SealKeys keys) {
        this.verification = verification;
        this.keys = keys;
    }

    /** 200 with the report, intact or not: a broken record is a finding, not a failed request. */
    @GetMapping({"/api/meetings/{id}/verify", "/api/committees/{id}/verify", "/api/registers-of-interests/{id}/verify",
            "/api/matters/{id}/verify", "/api/executive-decisions/{id}/verify", "/api/scrutiny-reports/{id}/verify"})
    Verdict verify(@PathVariable String id) {
        return verification.verify(id);
    }

    @GetMapping("/api/audit/seal-keys")
    Map<String, List<SealKeys.PublishedKey>> sealKeys() {
        return Map.of("keys", keys.published());
    }
}
