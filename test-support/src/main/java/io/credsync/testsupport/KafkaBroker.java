package io.credsync.testsupport;

/** A running broker: where clients connect and, for the log line, where it came from. */
record KafkaBroker(String bootstrapServers, String origin) {
}
