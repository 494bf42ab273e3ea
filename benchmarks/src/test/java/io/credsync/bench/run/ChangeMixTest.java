package io.credsync.bench.run;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.credsync.model.credential.CredentialKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangeMixTest {

    private static final List<List<BenchChange.Target>> TARGETS = List.of(
            List.of(new BenchChange.Target("J0", "jetstream", "J0"), new BenchChange.Target("J1", "jetstream", "J1")),
            List.of(new BenchChange.Target("S0", "seam", "s0"), new BenchChange.Target("S1", "seam", "s1")));

    @Test
    void shouldFollowTheMixAndNumberEachCredentialsVersionsFromOne() {
        var changes = ChangeMix.generate("t", 5_000, ChangeMix.Mix.DEFAULT, 2, TARGETS, 7);
        Map<ChangeKind, Integer> kinds = new HashMap<>();
        Map<String, Long> lastVersion = new HashMap<>();
        for (var change : changes) {
            kinds.merge(change.kind(), 1, Integer::sum);
            long expected = lastVersion.getOrDefault(change.credentialId(), 0L) + 1;
            assertThat(change.version()).as("versions of %s", change.credentialId()).isEqualTo(expected);
            lastVersion.put(change.credentialId(), change.version());
        }
        assertThat(kinds.get(ChangeKind.GRANT)).isBetween(3_300, 3_700);
        assertThat(kinds.get(ChangeKind.REVOKE)).isBetween(380, 620);
        assertThat(changes.get(0).kind()).isEqualTo(ChangeKind.GRANT);
    }

    @Test
    void shouldNeverChangeACredentialAfterItIsSuspendedOrRevoked() {
        var changes = ChangeMix.generate("t", 3_000, ChangeMix.Mix.DEFAULT, 2, TARGETS, 11);
        var finished = new HashSet<String>();
        for (var change : changes) {
            assertThat(finished).doesNotContain(change.credentialId());
            if (change.kind() == ChangeKind.SUSPEND || change.kind() == ChangeKind.REVOKE) {
                finished.add(change.credentialId());
            }
        }
    }

    @Test
    void shouldGiveEachCredentialTwoTargetsOfOneVendorTakingTheVendorsInTurn() {
        var changes = ChangeMix.generate("t", 100, new ChangeMix.Mix(100, 0, 0, 0), 2, TARGETS, 1);
        assertThat(changes).allSatisfy(c -> assertThat(c.targets()).hasSize(2)
                .extracting(BenchChange.Target::vendor).containsOnly(c.targets().get(0).vendor()));
        assertThat(changes.get(0).targets()).extracting(BenchChange.Target::targetId).containsExactly("J0", "J1");
        assertThat(changes.get(1).targets()).extracting(BenchChange.Target::targetId).containsExactly("S0", "S1");
    }

    @Test
    void shouldSendCardsToJetstreamAndPinsToSeam() {
        var changes = ChangeMix.generate("t", 2, new ChangeMix.Mix(100, 0, 0, 0), 2, TARGETS, 1);
        assertThat(ChangeSender.record(changes.get(0)).kind()).isEqualTo(CredentialKind.CARD);
        assertThat(ChangeSender.record(changes.get(1)).kind()).isEqualTo(CredentialKind.PIN);
        assertThat(changes.get(1).value()).matches("[1-9][0-9]{7}");
    }

    @Test
    void shouldBeTheSameForTheSameSeed() {
        assertThat(ChangeMix.generate("t", 500, ChangeMix.Mix.DEFAULT, 2, TARGETS, 3))
                .isEqualTo(ChangeMix.generate("t", 500, ChangeMix.Mix.DEFAULT, 2, TARGETS, 3));
    }

    @Test
    void shouldRefuseAMixThatDoesNotAddUpTo100() {
        assertThatThrownBy(() -> ChangeMix.Mix.parse("70,15,5,5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("add up to 100");
    }

    @Test
    void shouldDeriveAJetstreamPassFromThePin() {
        var change = ChangeMix.generate("t", 1, ChangeMix.Mix.DEFAULT, 2, TARGETS, 5).get(0);
        assertThat(change.cardValue()).matches("[0-9A-F]{12}");
        assertThat(Long.parseLong(change.cardValue(), 16)).isEqualTo(Long.parseLong(change.value()));
    }
}
