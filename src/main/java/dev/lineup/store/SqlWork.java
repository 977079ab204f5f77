package dev.lineup.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of database work run by {@link Database#tx} or {@link Database#read}. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection c) throws SQLException;
}
