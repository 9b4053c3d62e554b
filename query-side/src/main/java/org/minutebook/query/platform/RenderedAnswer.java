package org.minutebook.query.platform;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.Arrays;

/**
 * An answer rendered once, from typed rows, to the JSON it is served as: of a meeting at a version and for an
 * audience (everyone, or the public: exempt business withheld). Its entity tag names both, so a client holding the
 * answer is told {@code 304 Not Modified} only for the same version and the same audience: the public never gets
 * an auditor's answer, nor the reverse. An answer worked out for one request (the minutes as they stood at an
 * instant) has no tag.
 *
 * @param json null when the client already holds this answer ({@code If-None-Match})
 */
public record RenderedAnswer(Long version, String audience, byte[] json) {

    /** The empty list: a register's rows of a meeting of which nothing is projected yet. */
    public static RenderedAnswer none() {
        return untagged(new byte[]{'[', ']'});
    }

    /** An answer worked out for this request alone. */
    public static RenderedAnswer untagged(byte[] json) {
        return new RenderedAnswer(null, null, json);
    }

    /** The entity tag of a meeting's answer at a version for an audience: {@code "12-public"}. */
    public static String tagOf(long version, String audience) {
        return "\"" + version + "-" + audience + "\"";
    }

    /** Whether a request's {@code If-None-Match} holds this tag (or {@code *}). */
    public static boolean held(String ifNoneMatch, String tag) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .map(candidate -> candidate.startsWith("W/") ? candidate.substring(2) : candidate)
                .anyMatch(candidate -> candidate.equals(tag) || candidate.equals("*"));
    }

    public boolean notModified() {
        return json == null;
    }

    /**
     * The HTTP answer: the JSON with its tag, or 304 when the client holds it. It varies by who signs in
     * ({@code Vary: Authorization}), and a cache must ask again before using it.
     */
    public ResponseEntity<RenderedAnswer> response() {
        if (version == null) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(this);
        }
        String tag = tagOf(version, audience);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(notModified() ? HttpStatus.NOT_MODIFIED : HttpStatus.OK)
                .eTag(tag).header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).cacheControl(CacheControl.noCache());
        return notModified() ? answer.build() : answer.contentType(MediaType.APPLICATION_JSON).body(this);
    }
}
