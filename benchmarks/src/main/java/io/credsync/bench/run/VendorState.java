package io.credsync.bench.run;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.credsync.model.json.Json;

/**
 * Ground truth after a run: what the simulators hold compared with what the run's changes should have left there.
 * Jetstream: each device's list (on the device) against the passes of the run's credentials still active.
 * Seam: per holder (acs_user named "Bench &lt;holder&gt;"), live credentials against one for an active credential, at
 * most one for a suspended one (suspension suspends the user and keeps a credential it already had) and none for a
 * revoked one.
 */
public record VendorState(int missing, int extra, int duplicates, List<String> examples) {

    /** The vendor's state each credential should end in after {@code changes}. */
    static Map<String, BenchChange> finalChanges(List<BenchChange> changes) {
        Map<String, BenchChange> last = new LinkedHashMap<>();
        changes.forEach(c -> last.put(c.credentialId(), c));
        return last;
    }

    static VendorState check(BenchStack stack, List<BenchChange> changes) throws Exception {
        var last = finalChanges(changes);
        int missing = 0;
        int extra = 0;
        int duplicates = 0;
        var examples = new java.util.ArrayList<String>();
        // Jetstream: expected passes per device
        Map<String, Set<String>> expected = new HashMap<>();
        Set<String> runPasses = new HashSet<>();
        for (var change : changes) {
            runPasses.add(change.cardValue());
        }
        for (var change : last.values()) {
            for (var target : change.targets()) {
                if (target.vendor().equals("jetstream")) {
                    var set = expected.computeIfAbsent(target.address(), d -> new HashSet<>());
                    if (change.kind() == ChangeKind.GRANT || change.kind() == ChangeKind.UPDATE) {
                        set.add(change.cardValue());
                    }
                }
            }
        }
        for (var device : expected.entrySet()) {
            JsonNode view = Json.mapper().readTree(stack.jetstream().call("GET", "/_control/devices/" + device
                    .getKey(), null));
            var held = new HashSet<String>();
            view.path("deviceCredentials").forEach(p -> held.add(p.asText()));
            held.retainAll(runPasses); // other runs' passes are not this run's business
            for (String pass : device.getValue()) {
                if (!held.remove(pass)) {
                    missing++;
                    example(examples, "missing on Jetstream " + device.getKey() + ": a pass of the run");
                }
            }
            extra += held.size();
            if (!held.isEmpty()) {
                example(examples, "stale on Jetstream " + device.getKey() + ": " + held.size() + " pass(es)");
            }
        }
        // Seam: live credentials per holder's user
        Map<String, String> userOfName = new HashMap<>();
        Json.mapper().readTree(stack.seam().call("GET", "/_control/acs_users", null)).path("acs_users")
                .forEach(u -> {
                    if (!"deleted".equals(u.path("simulator_state").asText())) {
                        userOfName.merge(u.path("full_name").asText(), u.path("acs_user_id").asText(), (a, b) -> a
                                + "," + b);
                    }
                });
        Map<String, Integer> liveByUser = new HashMap<>();
        Json.mapper().readTree(stack.seam().call("GET", "/_control/acs_credentials", null)).path("acs_credentials")
                .forEach(c -> {
                    if (!"deleted".equals(c.path("simulator_state").asText())) {
                        liveByUser.merge(c.path("acs_user_id").asText(), 1, Integer::sum);
                    }
                });
        for (var change : last.values()) {
            long seamTargets = change.targets().stream().filter(t -> t.vendor().equals("seam")).count();
            if (seamTargets == 0) {
                continue;
            }
            String users = userOfName.get("Bench " + change.holderId());
            int live = 0;
            if (users != null) {
                int userCount = users.split(",").length;
                if (userCount > seamTargets) {
                    duplicates += (int) (userCount - seamTargets); // more than one acs_user per holder and system
                }
                for (String user : users.split(",")) {
                    live += liveByUser.getOrDefault(user, 0);
                }
            }
            long want = change.kind() == ChangeKind.REVOKE ? 0 : seamTargets;
            if (change.kind() == ChangeKind.SUSPEND && live < want) {
                // suspended before Seam ever held it: nothing to keep under the suspended user (resume creates it)
                want = live;
            }
            if (live != want) {
                example(examples, change.credentialId() + " (" + change.kind() + " v" + change.version() + "): "
                        + live + " live Seam credential(s), " + want + " wanted");
            }
            if (live > want) {
                if (want == 0) {
                    extra += live;
                } else {
                    duplicates += (int) (live - want);
                }
            } else {
                missing += (int) (want - live);
            }
        }
        return new VendorState(missing, extra, duplicates, examples);
    }

    private static void example(List<String> examples, String text) {
        if (examples.size() < 5) {
            examples.add(text);
        }
    }
}
