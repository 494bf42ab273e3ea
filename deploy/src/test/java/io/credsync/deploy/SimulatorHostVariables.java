package io.credsync.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The environment variables the simulator host (a plain main, no MicroProfile Config) and its simulators read: names
 * passed to the kit's {@code EnvSettings} ({@code env.string("SEAM_SIM_API_KEY", …)}), {@code …_VARIABLE} constants,
 * and each simulator's {@code port.variable} (META-INF/credsync/simulator.properties).
 */
final class SimulatorHostVariables {

    static final String MODULE = "simulators/host";

    private static final Pattern ENV_LOOKUP = Pattern.compile("env\\.\\w+\\(\\s*\"([A-Z][A-Z0-9_]*)\"");
    private static final Pattern VARIABLE_CONSTANT = Pattern
            .compile("static final String \\w+_VARIABLE\\s*=\\s*\"([A-Z][A-Z0-9_]*)\"");
    static final String DECLARATION = "src/main/resources/META-INF/credsync/simulator.properties";

    private SimulatorHostVariables() {
    }

    static Set<String> read() {
        Set<String> variables = new TreeSet<>();
        for (String module : new ModuleGraph().modulesOf(MODULE)) {
            Path main = Repository.path(module).resolve("src/main/java");
            if (Files.isDirectory(main)) {
                try (Stream<Path> files = Files.walk(main)) {
                    for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                        String source = Files.readString(file);
                        for (Pattern pattern : new Pattern[]{ENV_LOOKUP, VARIABLE_CONSTANT}) {
                            Matcher matcher = pattern.matcher(source);
                            while (matcher.find()) {
                                variables.add(matcher.group(1));
                            }
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            declaration(module).ifPresent(declared -> variables.add(declared.getProperty("port.variable")));
        }
        return variables;
    }

    /** A simulator module's declaration (name, port, port.variable), if the module is a simulator. */
    static java.util.Optional<Properties> declaration(String module) {
        Path file = Repository.path(module).resolve(DECLARATION);
        if (!Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Optional.of(properties);
    }
}
