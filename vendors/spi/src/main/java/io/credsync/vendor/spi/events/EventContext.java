package io.credsync.vendor.spi.events;

import java.time.Clock;

import javax.sql.DataSource;

import io.credsync.vendor.spi.ConnectionDirectory;
import io.credsync.vendor.spi.SecretLookup;
import io.credsync.vendor.spi.VendorHttp;
import io.credsync.vendor.spi.VendorSettings;

/**
 * What event-ingest lends a vendor's event side.
 *
 * @param storage the vendor's schema {@code ingest_<vendor>}: the runtime's tables (e.g. seen events) and its own
 * @param outcomes publishes final outcomes on {@code credsync.sync-outcomes.v1}, acknowledged before it returns
 * @param seen vendor event ids already handled, in {@code storage}
 * @param deadLetters parks a vendor event nobody can read, with the reason
 * @param connections the registry's connections; secrets (API keys, webhook secrets) by reference from
 *        {@code secrets}
 */
public record EventContext(DataSource storage, OutcomeSink outcomes, SeenEvents seen, EventDeadLetters deadLetters,
        ConnectionDirectory connections, SecretLookup secrets, VendorHttp http, VendorSettings settings,
        EventMetrics metrics, Clock clock) {
}
