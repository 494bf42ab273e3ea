package io.credsync.dispatcher.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.credsync.model.Vendor;
import io.credsync.model.command.SyncCommand;
import io.credsync.model.crypto.ValueCipher;
import io.credsync.model.json.Json;
import io.credsync.model.validation.ContractViolation;
import io.credsync.model.validation.FieldLimits;

/**
 * Reads a command record and checks everything that would otherwise fail later, inside a vendor conversation where
 * it would hold up the target: the shape, the key, the vendor, the version, the connection and the sealed value
 * (opened once here, so a broken envelope is refused at intake rather than on every attempt).
 */
final class CommandCheck {

    private final Vendor vendor;
    private final ValueCipher cipher;

    CommandCheck(Vendor vendor, ValueCipher cipher) {
        this.vendor = vendor;
        this.cipher = cipher;
    }

    SyncCommand read(ConsumerRecord<String, byte[]> record) {
        var command = Json.read(record.value(), SyncCommand.class);
        if (command.commandId() == null || command.tenant() == null || command.credentialId() == null
                || command.targetId() == null || command.target() == null || command.desired() == null
                || command.desired().presence() == null) {
            throw new ContractViolation("command.required", "command needs command_id, tenant, credential_id, "
                    + "target_id, target and desired.presence");
        }
        if (!command.targetId().equals(record.key())) {
            throw new ContractViolation("record.key", "the record key must be the command's target_id, so "
                    + "that one target's commands stay in order");
        }
        if (command.vendor() != null && command.vendor() != vendor) {
            throw new ContractViolation("command.vendor", "a " + command.vendor().id() + " command on the "
                    + vendor.id() + " dispatcher's topic");
        }
        if (command.version() < 1) {
            throw new ContractViolation("command.version", "version must be 1 or more");
        }
        if (!FieldLimits.isId(command.target().connectionId())) {
            throw new ContractViolation("command.connection", "target.connection_id must name a connection");
        }
        if (command.desired().value() != null) {
            cipher.decrypt(command.desired().value(), command.envelopeContext()); // EnvelopeException: poison
        }
        return command;
    }
}
