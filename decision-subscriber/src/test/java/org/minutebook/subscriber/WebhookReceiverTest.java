package org.minutebook.subscriber;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A delivery is handled only when its signature checks: signed, as Standard Webhooks say, with the subscriber's
 * secret over {@code id.timestamp.body}, within five minutes of now.
 */
class WebhookReceiverTest {

    private static final byte[] KEY = "a secret of thirty-two bytes!!!!".getBytes(StandardCharsets.UTF_8);
    private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(KEY);
    private static final String BODY = Decisions.fixture("PublishedDecision");

    private final List<DecisionEvent> handled = new ArrayList<>();
    private final WebhookReceiver receiver = new WebhookReceiver(SECRET, handled::add);

    @Test
    void aDeliverySignedWithTheSecretIsVerified() throws Exception {
        long now = Instant.now().getEpochSecond();

        assertThat(receiver.verified("msg_1", Long.toString(now), "v1," + sign(KEY, "msg_1." + now + "." + BODY),
                BODY)).isTrue();
    }

    @Test
    void aDeliverySignedOtherwiseOrTamperedWithOrStaleIsNot() throws Exception {
        long now = Instant.now().getEpochSecond();
        String signature = "v1," + sign(KEY, "msg_1." + now + "." + BODY);

        assertThat(receiver.verified("msg_1", Long.toString(now), "v1," + sign("another key of 32 bytes, exactly"
                .getBytes(StandardCharsets.UTF_8), "msg_1." + now + "." + BODY), BODY)).as("another secret").isFalse();
        assertThat(receiver.verified("msg_1", Long.toString(now), signature, BODY.replace("RESOLVED", "LOST")))
                .as("another body").isFalse();
        assertThat(receiver.verified("msg_2", Long.toString(now), signature, BODY)).as("another id").isFalse();
        long anHourAgo = now - 3600;
        assertThat(receiver.verified("msg_1", Long.toString(anHourAgo), "v1," + sign(KEY, "msg_1." + anHourAgo + "."
                + BODY), BODY)).as("an hour old").isFalse();
        assertThat(receiver.verified("msg_1", Long.toString(now), null, BODY)).as("unsigned").isFalse();
    }

    private static String sign(byte[] key, String content) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }
}
