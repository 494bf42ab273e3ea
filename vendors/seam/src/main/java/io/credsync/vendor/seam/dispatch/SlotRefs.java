package io.credsync.vendor.seam.dispatch;

/**
 * Refs the Seam dispatcher keeps with a slot for itself (never reported): digests that tell what changed since the
 * credential was written, so that Seam is updated, or the credential re-created, only when needed.
 */
final class SlotRefs {

    static final String SHAPE = "seam.shape";
    static final String VALUE = "seam.value_fp";
    static final String ENDS_AT = "seam.ends_at";

    private SlotRefs() {
    }
}
