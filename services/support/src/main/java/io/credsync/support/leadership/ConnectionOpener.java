package io.credsync.support.leadership;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens a new connection of its own (never one from the pool: the lock lives and dies with it). */
@FunctionalInterface
public interface ConnectionOpener {

    Connection open() throws SQLException;
}
