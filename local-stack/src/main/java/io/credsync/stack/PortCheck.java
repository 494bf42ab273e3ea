package io.credsync.stack;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every port before anything starts, so a clash fails in a second with the port, who wanted it and
 * how to move it, instead of a broker stack trace half-way through startup.
 */
final class PortCheck {

    /** A port the stack is about to listen on; {@code variable} is the env var that moves it. */
    record Claim(int port, String wantedBy, String variable) {
    }

    private static final Pattern SS_USERS = Pattern.compile("users:\\(\\((.*)\\)\\)");

    private PortCheck() {
    }

    static void requireFree(List<Claim> claims) {
        Map<Integer, Claim> seen = new HashMap<>();
        for (Claim claim : claims) {
            Claim other = seen.putIfAbsent(claim.port(), claim);
            if (other != null) {
                throw new StackException("port " + claim.port() + " is configured for both " + other.wantedBy()
                        + " and " + claim.wantedBy() + "; set " + claim.variable() + " to another port");
            }
        }
        for (Claim claim : claims) {
            if (!isFree(claim.port())) {
                throw new StackException("port " + claim.port() + " is already in use" + holder(claim.port())
                        + "; " + claim.wantedBy() + " wants it. Stop that process or set " + claim.variable()
                        + " to a free port (a previous stack? try ./credsync status)");
            }
        }
    }

    /** Binding like the servers do is the only reliable test: a connect test misses half-open listeners. */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(StackConfig.HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(StackConfig.HOST, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Best effort: who holds the port, from {@code ss -ltnp} when it is installed. */
    private static String holder(int port) {
        try {
            Process ss = new ProcessBuilder("ss", "-Hltnp", "sport = :" + port).redirectErrorStream(true).start();
            String out;
            try (InputStream in = ss.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!ss.waitFor(2, TimeUnit.SECONDS)) {
                ss.destroyForcibly();
                return "";
            }
            Matcher m = SS_USERS.matcher(out);
            return m.find() ? " (by " + m.group(1) + ")" : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
