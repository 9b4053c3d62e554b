package org.minutebook.command.feeds;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Deliveries are signed as the Standard Webhooks specification says, so its libraries check them. */
class WebhookSignatureTest {

    @Test
    void theSpecificationsExampleIsSignedAsTheSpecificationSignsIt() {
        assertThat(WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aNewSecretIsThirtyTwoRandomBytesInBase64() {
        String secret = WebhookSignature.newSecret();

        assertThat(secret).startsWith("whsec_").hasSize(6 + 44).isNotEqualTo(WebhookSignature.newSecret());
    }
}
