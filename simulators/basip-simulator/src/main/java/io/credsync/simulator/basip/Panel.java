package io.credsync.simulator.basip;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.vertx.core.json.JsonObject;

/**
 * One panel: its settings, its bearer tokens and its identifiers keyed by our own {@code link_id}. Not thread-safe:
 * the simulator's lock guards it.
 */
final class Panel {

    private final String name;
    private final Map<String, Identifier> byLink = new LinkedHashMap<>();
    private final Map<String, Instant> tokens = new HashMap<>();
    private PanelSettings settings;
    private int lastUid;
    private String offlineFault;

    Panel(String name, PanelSettings settings) {
        this.name = name;
        this.settings = settings;
    }

    String name() {
        return name;
    }

    PanelSettings settings() {
        return settings;
    }

    void settings(PanelSettings changed) {
        settings = changed;
    }

    /** The id of the kit fault that drops every request while the panel is offline, or null. */
    String offlineFault() {
        return offlineFault;
    }

    void offlineFault(String faultId) {
        offlineFault = faultId;
    }

    /** A token for the admin account when the MD5 of its password matches. */
    Optional<String> login(String username, String expectedUser, String passwordMd5, Instant now, Duration ttl) {
        if (!expectedUser.equals(username) || !md5(settings.password()).equalsIgnoreCase(passwordMd5)) {
            return Optional.empty();
        }
        String token = UUID.randomUUID().toString().replace("-", "");
        tokens.put(token, now.plus(ttl));
        return Optional.of(token);
    }

    /** 401 "Log In" without a live token; 403 for an account without administrator rights. */
    void authorize(String authorization, Instant now) {
        String token = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length()).trim()
                : null;
        Instant expires = token == null ? null : tokens.get(token);
        if (expires == null || !now.isBefore(expires)) {
            throw PanelException.logIn();
        }
        if (!settings.administrator()) {
            throw PanelException.notAdministrator();
        }
    }

    void expireTokens() {
        tokens.clear();
    }

    /** Creates or replaces the identifier of the item's {@code link_id}; the answer's {@code extended_info}. */
    String upsert(Identifier item) {
        if (item.type().equals("face_id") && !settings.faceIdSupported()) {
            return "face_id_not_supported";
        }
        for (Identifier other : byLink.values()) {
            if (!other.linkId().equals(item.linkId()) && sameNumber(other, item)) {
                return "number_taken_by_another_identifier";
            }
        }
        Identifier existing = byLink.get(item.linkId());
        if (existing == null && byLink.size() >= settings.maxIdentifiers()) {
            return "number_of_identifiers_exceeded";
        }
        byLink.put(item.linkId(), item.withUid(existing == null ? ++lastUid : existing.uid()));
        return existing == null ? "created" : "updated";
    }

    /** {@code deleted}, or {@code entity_not_found} when nothing has that link_id. */
    String delete(String linkId) {
        return byLink.remove(linkId) == null ? "entity_not_found" : "deleted";
    }

    Optional<Identifier> byLinkId(String linkId) {
        return Optional.ofNullable(byLink.get(linkId));
    }

    List<Identifier> identifiers() {
        return new ArrayList<>(byLink.values());
    }

    JsonObject toJson(boolean online) {
        return settings.toJson()
                .put("name", name)
                .put("online", online)
                .put("identifiers", identifiers().stream().map(Identifier::toJson).toList());
    }

    /** Cards and ukeys collide by what the reader reads; other types by their text. */
    private static boolean sameNumber(Identifier a, Identifier b) {
        if (!a.type().equals(b.type())) {
            return false;
        }
        return a.readValue() != null ? a.readValue().equals(b.readValue()) : Objects.equals(a.number(), b.number());
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(
                    StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is always there", e);
        }
    }
}
