package io.credsync.vendor.seam.dispatch;

import java.sql.SQLException;

import io.credsync.model.Vendor;
import io.credsync.model.crypto.ValueCipher;
import io.credsync.vendor.seam.api.SeamClient;
import io.credsync.vendor.spi.VendorConnection;
import io.credsync.vendor.spi.VendorFailure;
import io.credsync.vendor.spi.VendorHttp;
import io.credsync.vendor.spi.dispatch.TargetResult;
import io.credsync.vendor.spi.dispatch.TargetWork;
import io.credsync.vendor.spi.dispatch.VendorAdapter;

/**
 * Seam Connect access control: a target is an acs_system, each holder an acs_user there, each credential an
 * acs_credential. Unlike Jetstream every credential is its own object, so a conversation walks the pending slots
 * holder by holder ({@link HolderSync}, {@link CredentialSync}); Seam confirms later, so most writes end
 * {@code accepted} and event-ingest reports the rest.
 */
public class SeamAdapter implements VendorAdapter {

    private final VendorHttp http;
    private final SeamUsers users;
    private final ValueCipher cipher;

    public SeamAdapter(VendorHttp http, SeamUsers users, ValueCipher cipher) {
        this.http = http;
        this.users = users;
        this.cipher = cipher;
    }

    @Override
    public Vendor vendor() {
        return Vendor.SEAM;
    }

    @Override
    public TargetResult apply(TargetWork work, VendorConnection connection) throws VendorFailure {
        try {
            return new SeamConversation(new SeamClient(http, connection), users, cipher, work, connection).run();
        } catch (SQLException e) {
            throw new VendorFailure(VendorFailure.Kind.AMBIGUOUS, "state_unavailable",
                    "the dispatcher's own database failed mid-conversation: " + e.getMessage(), null, e);
        }
    }
}
