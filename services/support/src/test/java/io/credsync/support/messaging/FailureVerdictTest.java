package io.credsync.support.messaging;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.security.ProviderException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import io.credsync.model.crypto.EnvelopeException;
import io.credsync.model.json.ContractParseException;
import io.credsync.model.json.Json;
import io.credsync.model.outcome.SyncOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class FailureVerdictTest {

    @Test
    void shouldTreatJsonCryptoAndContractFailuresAsPoisonWithTheirRule() {
        var json = catchThrowable(() -> Json.read("{\"event_id\":".getBytes(), SyncOutcome.class));
        assertThat(json).isInstanceOf(ContractParseException.class);
        assertThat(FailureVerdict.of(json).retry()).isFalse();
        assertThat(FailureVerdict.of(new EnvelopeException("bad tag")).rule()).isEqualTo("value.envelope");
    }

    @Test
    void shouldTreatAnUnforeseenExceptionAsPoisonSoItCannotStopAConsumer() {
        var verdict = FailureVerdict.of(new CompletionException(new ProviderException("Output buffer too short")));
        assertThat(verdict.retry()).isFalse();
        assertThat(verdict.rule()).isEqualTo("unexpected.ProviderException");
    }

    @Test
    void shouldRetryOutagesOfTheDatabaseTheBrokerAndTheNetwork() {
        assertThat(FailureVerdict.of(new SQLTransientConnectionException("no connection", "08006")).retry()).isTrue();
        assertThat(FailureVerdict.of(new SQLException("Acquisition timeout")).retry()).isTrue();
        assertThat(FailureVerdict.of(new RuntimeException(new ConnectException("refused"))).retry()).isTrue();
        assertThat(FailureVerdict.of(new org.apache.kafka.common.errors.TimeoutException("metadata")).retry())
                .isTrue();
        assertThat(FailureVerdict.of(new UncheckedIOException(new java.io.IOException("reset"))).retry()).isTrue();
    }

    @Test
    void shouldTreatDataTheDatabaseRefusesAsPoisonWithoutQuotingIt() {
        var verdict = FailureVerdict.of(new SQLException("invalid byte sequence: \"secret\\0\"", "22021"));
        assertThat(verdict.retry()).isFalse();
        assertThat(verdict.rule()).isEqualTo("database.refused.22021");
        assertThat(verdict.reason()).doesNotContain("secret");
    }
}
