package io.credsync.testsupport;

import java.util.UUID;

/** Suffixes for topic, group and database names, so tests sharing one server never collide. */
final class RandomSuffix {

    private RandomSuffix() {
    }

    /** 12 lower-case hex characters: valid in topic names and PostgreSQL identifiers alike. */
    static String next() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
