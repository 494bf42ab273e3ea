package io.credsync.simulator.basip;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import io.vertx.core.json.JsonObject;

/** One panel as a test drives it: its settings, online or not, its tokens and what it holds. */
public final class PanelHandle {

    private final SimulatorState state;
    private final Panel panel;

    PanelHandle(SimulatorState state, Panel panel) {
        this.state = state;
        this.panel = panel;
    }

    public String name() {
        return panel.name();
    }

    /** Changes settings with the control API's names, e.g. {@code {"wiegand_mode":"hex"}}. */
    public PanelHandle configure(JsonObject settings) {
        return update(current -> current.with(settings));
    }

    public PanelHandle wiegandMode(WiegandMode mode) {
        return configure(new JsonObject().put("wiegand_mode", mode.id()));
    }

    public PanelHandle update(UnaryOperator<PanelSettings> change) {
        state.locked(() -> {
            panel.settings(change.apply(panel.settings()));
            return null;
        });
        return this;
    }

    public PanelSettings settings() {
        return state.locked(panel::settings);
    }

    /** Offline: every request to it loses its connection until {@link #online()}. */
    public PanelHandle offline() {
        state.online(panel, false);
        return this;
    }

    public PanelHandle online() {
        state.online(panel, true);
        return this;
    }

    public boolean isOnline() {
        return state.isOnline(panel);
    }

    /** Every token it gave becomes invalid: the next call answers 401 "Log In". */
    public void expireTokens() {
        state.locked(() -> {
            panel.expireTokens();
            return null;
        });
    }

    public List<Identifier> identifiers() {
        return state.locked(panel::identifiers);
    }

    public Optional<Identifier> identifier(String linkId) {
        return state.locked(() -> panel.byLinkId(linkId));
    }
}
