package io.credsync.model.credential;

import io.credsync.model.json.CredsyncJson;

/** The person a credential belongs to, as vendors need it (Seam's acs_user full_name, IntServ's person, BAS-IP owner). */
@CredsyncJson
public record HolderDetails(String fullName, String firstName, String lastName, String email) {

    /** The name to show at a vendor: the full name, else first and last name joined. */
    public String displayName() {
        if (fullName != null && !fullName.isBlank()) {
            return fullName;
        }
        return String.join(" ", firstName == null ? "" : firstName, lastName == null ? "" : lastName).trim();
    }
}
