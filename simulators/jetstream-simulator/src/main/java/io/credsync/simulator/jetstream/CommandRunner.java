package io.credsync.simulator.jetstream;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.credsync.simulator.kit.events.EventJournal;
import io.vertx.core.json.JsonObject;

/**
 * Runs SyncCredentials commands: at once on an online device, otherwise queued until the device is back or 24 h
 * have passed. Publishes CommandQueuedEvent and CommandCompletionEvent. Guarded by the simulator's lock.
 */
final class CommandRunner {

    private final DeviceRegistry devices;
    private final EventJournal<JsonObject> events;
    private final JetstreamEvents eventFactory;
    private final Clock clock;

    CommandRunner(DeviceRegistry devices, EventJournal<JsonObject> events, JetstreamEvents eventFactory, Clock clock) {
        this.devices = devices;
        this.events = events;
        this.eventFactory = eventFactory;
        this.clock = clock;
    }

    /** Queues a sync of the stored list; an online device runs it at once, an offline one receives it later. */
    SyncCommand sync(Device device) {
        SyncCommand command = new SyncCommand(UUID.randomUUID().toString(), device.name(), device.stored(),
                JetstreamTimes.now(clock));
        events.append(eventFactory.commandQueued(command));
        if (device.online()) {
            execute(device, command);
        } else {
            device.queue().add(command);
        }
        return command;
    }

    /** The device came online: it receives its queued commands in order (those not yet timed out). */
    void deliverQueued(Device device) {
        expire(device, JetstreamTimes.now(clock));
        for (SyncCommand command : device.queue().takeAll()) {
            execute(device, command);
        }
    }

    /** Completes every queued command whose 24 h have passed with CommandTimedOut; the device is unchanged. */
    void expireDue() {
        Instant now = JetstreamTimes.now(clock);
        devices.all().forEach(device -> expire(device, now));
    }

    private void expire(Device device, Instant now) {
        List<SyncCommand> expired = device.queue().takeExpired(now);
        expired.forEach(command -> events.append(eventFactory.commandTimedOut(command)));
    }

    private void execute(Device device, SyncCommand command) {
        Instant now = JetstreamTimes.now(clock);
        device.execute(command, now);
        events.append(eventFactory.commandCompleted(command, now));
    }
}
