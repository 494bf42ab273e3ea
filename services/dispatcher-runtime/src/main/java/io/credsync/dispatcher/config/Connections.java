package io.credsync.dispatcher.config;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.credsync.model.crypto.SecretValue;
import io.credsync.vendor.spi.VendorConnection;

/** Resolves connection ids from commands to configured vendor accounts. */
@ApplicationScoped
public class Connections {

    private final ConnectionsConfig config;

    public Connections(ConnectionsConfig config) {
        this.config = config;
    }

    public Optional<VendorConnection> find(String connectionId) {
        return Optional.ofNullable(config.all().get(connectionId))
                .map(c -> new VendorConnection(connectionId, URI.create(c.baseUrl()), SecretValue.of(c.apiKey()),
                        c.ratePerSecond()));
    }
}
