package io.credsync.vendor.spi.events;

import java.sql.SQLException;
import java.util.Collection;

/**
 * Vendor event ids already handled, kept by the runtime in the vendor's schema for its dedupe retention: an event
 * delivered twice (re-read, webhook and poll) is handled once.
 */
public interface SeenEvents {

    boolean seen(String eventId) throws SQLException;

    void markSeen(Collection<String> eventIds) throws SQLException;
}
