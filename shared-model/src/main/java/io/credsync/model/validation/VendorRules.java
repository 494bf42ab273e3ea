package io.credsync.model.validation;

import java.time.Instant;
import java.util.List;

import io.credsync.model.Vendor;
import io.credsync.model.credential.GrantParameters;

/** The rules one vendor imposes on targets and on the credentials granted to them. */
public interface VendorRules {

    Vendor vendor();

    /** Rules on the target itself (e.g. Jetstream's DeviceName pattern). */
    List<Violation> checkTarget(TargetProfile target);

    /** Rules on a credential granted to the target, with the grant's parameters (already of this vendor). */
    List<Violation> checkGrant(CredentialSpec credential, TargetProfile target, GrantParameters grant, Instant now);

    /**
     * Rules on changing a grant the credential already has on the target: what the vendor keys its object by may be
     * immutable (Genetec's SerialNumber and Manufacturer). Both grants are already of this vendor.
     */
    default List<Violation> checkRegrant(TargetProfile target, GrantParameters previous, GrantParameters next) {
        return List.of();
    }
}
