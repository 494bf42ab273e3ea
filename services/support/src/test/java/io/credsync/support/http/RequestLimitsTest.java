package io.credsync.support.http;

import org.junit.jupiter.api.Test;

import io.credsync.support.http.RequestLimits.Broken;
import io.credsync.support.http.RequestLimits.Exceeded;

import static org.assertj.core.api.Assertions.assertThat;

class RequestLimitsTest {

    @Test
    void shouldPassARequestWithinBothLimits() {
        assertThat(RequestLimits.check("/v1/x", "1024", 10, 1024)).isEmpty();
        assertThat(RequestLimits.check("/v1/x", null, 10, 1024)).isEmpty();
    }

    @Test
    void shouldRefuseAnOverlongTargetBeforeLookingAtTheBody() {
        assertThat(RequestLimits.check("/v1/" + "a".repeat(10), "999999", 10, 1024))
                .contains(new Exceeded(Broken.URI, 10));
    }

    @Test
    void shouldRefuseADeclaredBodyOverTheLimit() {
        assertThat(RequestLimits.check("/v1/x", " 1025 ", 10, 1024)).contains(new Exceeded(Broken.BODY, 1024));
    }

    @Test
    void shouldLeaveAMalformedLengthToVertx() {
        assertThat(RequestLimits.check("/v1/x", "lots", 10, 1024)).isEmpty();
    }
}
