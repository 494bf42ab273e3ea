package io.credsync.vendor.spi.dispatch;

import javax.sql.DataSource;

import io.credsync.model.crypto.ValueCipher;
import io.credsync.vendor.spi.VendorHttp;
import io.credsync.vendor.spi.VendorSettings;

/**
 * What the dispatcher runtime lends a vendor's adapter.
 *
 * @param storage the vendor's schema {@code dispatcher_<vendor>} (its own tables beside the core's)
 * @param http calls with the runtime's timeouts and the one failure classification
 * @param cipher opens the sealed credential values of commands
 */
public record DispatchContext(DataSource storage, VendorHttp http, ValueCipher cipher, VendorSettings settings) {
}
