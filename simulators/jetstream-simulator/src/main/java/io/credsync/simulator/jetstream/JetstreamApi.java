package io.credsync.simulator.jetstream;

import java.util.List;

import io.credsync.simulator.kit.Answer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The vendor operations on device credentials, each returning the documented answer. Called under the
 * simulator's lock by {@link JetstreamRoutes}; checks run in the order input (400), then device (404).
 */
final class JetstreamApi {

    private final SimulatorState state;

    JetstreamApi(SimulatorState state) {
        this.state = state;
    }

    /** POST …/credentials/basic: add to the stored list → 201 echoing the array. */
    Answer addCredentials(String deviceName, Buffer body) {
        List<String> credentials = CredentialRules.credentials(body, true);
        Device device = device(deviceName);
        device.addStored(credentials);
        state.events.append(
                state.eventFactory.credentialsAdded(device.name(), credentials, JetstreamTimes.now(state.clock)));
        return Answer.json(201, new JsonArray(credentials));
    }

    /** PUT …/credentials/basic: replace the whole stored list ({@code []} clears it) → 200 echoing the array. */
    Answer replaceCredentials(String deviceName, Buffer body) {
        List<String> credentials = CredentialRules.credentials(body, false);
        Device device = device(deviceName);
        device.replaceStored(credentials);
        state.events.append(state.eventFactory.credentialsModified(device.name(), device.stored(),
                JetstreamTimes.now(state.clock)));
        return Answer.json(200, new JsonArray(credentials));
    }

    /** DELETE or PATCH …/credentials/basic: remove the listed values → 204 without body. */
    Answer removeCredentials(String deviceName, Buffer body) {
        List<String> credentials = CredentialRules.credentials(body, false);
        Device device = device(deviceName);
        device.removeStored(credentials);
        state.events.append(
                state.eventFactory.credentialsRemoved(device.name(), credentials, JetstreamTimes.now(state.clock)));
        return Answer.empty(204);
    }

    /** GET …/credentials/basic → 200, the stored list. */
    Answer storedCredentials(String deviceName) {
        return Answer.json(200, new JsonArray(device(deviceName).stored()));
    }

    /**
     * POST …/credentials/sync → 200. Online: {@code Status:"Completed"} (documented). Offline: the command waits
     * for the device and the answer says {@code Status:"Queued"} (not documented: our inference from "Queued
     * execution, Published results").
     */
    Answer sync(String deviceName) {
        Device device = device(deviceName);
        boolean online = device.online();
        SyncCommand command = state.commands.sync(device);
        return Answer.json(200, new JsonObject()
                .put("CommandId", command.id())
                .put("Status", online ? "Completed" : "Queued")
                .put("ExceptionList", new JsonArray())
                .put("OutputParameterList", new JsonArray()));
    }

    /** GET …/credentials/sync → 200, a bare JSON string; {@code null} if the device never synced (inference). */
    Answer lastSync(String deviceName) {
        Device device = device(deviceName);
        return Answer.json(200,
                device.lastSync().<Object>map(JetstreamTimes::withOffset).orElse(Answer.JSON_NULL));
    }

    private Device device(String name) {
        return state.devices.require(CredentialRules.deviceName(name));
    }
}
