package io.credsync.vendor.spi.events;

import java.sql.SQLException;
import java.util.Collection;
import java.util.Set;

/** Vendor event ids already handled: an event delivered twice (re-read, webhook and poll) is handled once. */
public interface SeenEvents {

    /** Which of {@code eventIds} were handled before. */
    Set<String> seen(Collection<String> eventIds) throws SQLException;

    void markSeen(Collection<String> eventIds) throws SQLException;
}
