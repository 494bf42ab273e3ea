package io.credsync.simulator.seam;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.credsync.simulator.seam.webhook.SvixSignature;

import static org.assertj.core.api.Assertions.assertThat;

class SvixSignatureTest {

    @Test
    void shouldMatchSvixsPublishedExample() {
        // When (the example of docs.svix.com "Verifying payloads manually")
        String header = SvixSignature.header("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}",
                List.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
        // Then
        assertThat(header).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void shouldIssueSecretsInSvixsFormat() {
        // When
        String secret = SvixSignature.newSecret();
        // Then
        assertThat(secret).startsWith("whsec_");
        assertThat(SvixSignature.key(secret)).hasSize(24);
    }
}
