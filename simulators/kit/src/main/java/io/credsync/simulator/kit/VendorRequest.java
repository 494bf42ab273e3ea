package io.credsync.simulator.kit;

/**
 * A vendor API request as faults and counts see it.
 *
 * @param method upper case, e.g. {@code POST}
 * @param template the route's path template, e.g. {@code /3/devices/{DeviceName}/credentials/sync}
 * @param path the concrete path
 * @param account what the request is about, where the vendor scopes by it (a Jetstream device); else {@code null}
 */
public record VendorRequest(String method, String template, String path, String account) {
}
