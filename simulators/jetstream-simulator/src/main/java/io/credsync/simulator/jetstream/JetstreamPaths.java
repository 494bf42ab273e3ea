package io.credsync.simulator.jetstream;

/** The vendor endpoints' path templates, as counted by the simulator and matched by faults. */
public final class JetstreamPaths {

    public static final String CREDENTIALS_BASIC = "/3/devices/{DeviceName}/credentials/basic";
    public static final String CREDENTIALS_SYNC = "/3/devices/{DeviceName}/credentials/sync";
    public static final String EVENTS_WITH_LIMIT = "/3/events/{limit}";
    public static final String EVENTS = "/3/events";

    private JetstreamPaths() {
    }

    /** The Vert.x route for a template: {@code {Name}} becomes {@code :Name}. */
    static String route(String template) {
        return template.replaceAll("\\{(\\w+)}", ":$1");
    }
}
