package io.credsync.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The vendor simulators in the source tree: each simulator module declares itself in
 * {@code src/main/resources/META-INF/credsync/simulator.properties} (the file the simulator host finds on its class
 * path), so the stack learns their names and ports without a line of its own per vendor.
 */
final class SimulatorDeclarations {

    static final String DECLARATION = "src/main/resources/META-INF/credsync/simulator.properties";

    /** A simulator module and its port, as the simulator host will serve it. */
    record Declared(String module, ServiceSpec.ExtraPort port) {
    }

    private SimulatorDeclarations() {
    }

    /** Every declared simulator under {@code root/simulators}, by port; none if there is no such directory. */
    static List<Declared> under(Path root) {
        Path simulators = root.resolve("simulators");
        if (!Files.isDirectory(simulators)) {
            return List.of();
        }
        try (Stream<Path> modules = Files.list(simulators)) {
            return modules.filter(module -> Files.isRegularFile(module.resolve(DECLARATION)))
                    .map(module -> read(root, module))
                    .sorted(Comparator.comparingInt(declared -> declared.port().port()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the simulators in " + simulators, e);
        }
    }

    private static Declared read(Path root, Path module) {
        Path file = module.resolve(DECLARATION);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        try {
            var port = new ServiceSpec.ExtraPort(required(properties, "name", file),
                    Integer.parseInt(required(properties, "port", file)), required(properties, "port.variable", file));
            return new Declared(root.relativize(module).toString(), port);
        } catch (NumberFormatException e) {
            throw new StackException(file + ": port is not a number");
        }
    }

    private static String required(Properties properties, String key, Path file) {
        String value = properties.getProperty(key, "").strip();
        if (value.isEmpty()) {
            throw new StackException(file + " has no " + key);
        }
        return value;
    }
}
