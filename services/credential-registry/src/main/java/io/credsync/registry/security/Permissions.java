package io.credsync.registry.security;

/** Groups (JWT {@code groups} claim) that widen what a caller of a tenant may do. */
public final class Permissions {

    /** Read credential values in clear; everyone else sees them masked. */
    public static final String READ_VALUES = "credentials.read-values";

    private Permissions() {
    }
}
