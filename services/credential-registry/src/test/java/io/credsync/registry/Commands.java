package io.credsync.registry;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.credsync.model.Topics;
import io.credsync.model.Vendor;
import io.credsync.model.command.SyncCommand;
import io.credsync.model.json.Json;
import io.credsync.testsupport.TopicProbe;

/** The commands one tenant's credential produced on a vendor topic. */
final class Commands {

    private Commands() {
    }

    static List<SyncCommand> await(Vendor vendor, String tenant, UUID credentialId, int atLeast) {
        return TopicProbe.readUntil(Topics.commands(vendor),
                r -> new String(r.value(), StandardCharsets.UTF_8).contains(credentialId.toString())
                        && new String(r.value(), StandardCharsets.UTF_8).contains(tenant),
                found -> found.size() >= atLeast, Duration.ofSeconds(20))
                .stream().map(r -> Json.read(r.value(), SyncCommand.class)).toList();
    }
}
