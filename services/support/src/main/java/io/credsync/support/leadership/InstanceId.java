package io.credsync.support.leadership;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;

/**
 * This replica's stable name, {@code credsync.instance-id} (Helm: the pod name), else the host name (in a pod, the pod
 * name too). A Lease's holder identity and an advisory lock's application name.
 */
public final class InstanceId {

    public static final String PROPERTY = "credsync.instance-id";

    private InstanceId() {
    }

    public static String of(Config config) {
        return config.getOptionalValue(PROPERTY, String.class)
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .or(InstanceId::hostName)
                .orElseGet(() -> "pid-" + ProcessHandle.current().pid());
    }

    private static Optional<String> hostName() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(fromEnvironment.strip());
        }
        try {
            return Optional.of(InetAddress.getLocalHost().getHostName());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
