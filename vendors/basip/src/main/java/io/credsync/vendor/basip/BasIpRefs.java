package io.credsync.vendor.basip;

/** The {@code vendor_refs} keys of BAS-IP outcomes. */
public final class BasIpRefs {

    /** Our own id of the identifier on the panel ({@code link_id}): the credential id, the same on every panel. */
    public static final String LINK_ID = "basip.link_id";

    private BasIpRefs() {
    }
}
