package io.credsync.model.outcome;

import java.util.Map;

/**
 * What the registry knows of {@code vendor_refs} without knowing any vendor. Keys are {@code <vendor>.<name>}, owned by
 * the vendor's slice (e.g. {@code SeamRefs}, {@code JetstreamRefs}). One name has a meaning for everyone:
 * {@code <vendor>.awaiting} says what the vendor has yet to confirm while a target is {@code accepted}; the registry
 * drops it once the target is synced or a newer version starts.
 */
public final class OutcomeRefs {

    public static final String AWAITING_SUFFIX = ".awaiting";

    private OutcomeRefs() {
    }

    public static boolean isAwaiting(String key) {
        return key != null && key.endsWith(AWAITING_SUFFIX);
    }

    /** @return true when a key was removed */
    public static boolean removeAwaiting(Map<String, String> refs) {
        return refs.keySet().removeIf(OutcomeRefs::isAwaiting);
    }
}
