package io.credsync.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

import io.credsync.model.Vendor;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import io.smallrye.config.WithParentName;

/**
 * The configuration one credsync Quarkus service reads, and whether an environment variable reaches any of it.
 * <p>
 * A variable is accepted when it is, by MicroProfile Config's rule for environment variables (every character other
 * than a letter or digit becomes {@code _}, then upper case: {@code credsync.dispatcher.vendors} and
 * {@code credsync.vendors.allow-plain-http} are {@code CREDSYNC_DISPATCHER_VENDORS} and
 * {@code CREDSYNC_VENDORS_ALLOW_PLAIN_HTTP}), the name of a property the service has:
 * <ol>
 * <li>a key of {@code application.properties} or {@code META-INF/microprofile-config.properties} in the service's
 * module or an in-repo module it ships with (profile prefixes removed);</li>
 * <li>a property of a {@code @ConfigMapping} interface, a {@code @ConfigProperty(name = …)}, a
 * {@code getValue/getOptionalValue("…")} lookup or a {@code …PROPERTY = "…"} constant in those modules' main sources;
 * {@code credsync.vendor.<vendor>.<setting>} for each {@code settings.<type>("<setting>", …)} of a vendor module;</li>
 * <li>a {@code quarkus.*} property of a Quarkus extension the service ships with (its configuration model);</li>
 * <li>{@code kafka.<name>} for a Kafka producer, consumer or admin client setting (SmallRye Kafka hands {@code kafka.*}
 * to every channel);</li>
 * </ol>
 * or a variable those properties files read themselves ({@code ${CREDSYNC_JWT_ISSUER:…}}). Nothing else is: a
 * misspelt name is refused.
 */
final class ServiceConfiguration {

    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern LOOKUP = Pattern.compile("get(?:Optional)?Value\\(\\s*\"([^\"]+)\"");
    private static final Pattern PROPERTY_CONSTANT = Pattern
            .compile("static final String \\w*PROPERTY\\w*\\s*=\\s*\"([a-z][a-z0-9.-]*[a-z0-9])\"");
    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern VENDOR_SETTING = Pattern.compile("settings\\.\\w+\\(\\s*\"([a-z0-9-]+)\"");
    private static final Pattern EXPRESSION_VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);

    private final String module;
    private final Set<String> properties;
    private final Set<String> variables;

    private ServiceConfiguration(String module, Set<String> properties, Set<String> variables) {
        this.module = module;
        this.properties = properties;
        this.variables = variables;
    }

    /** The configuration of the service built from {@code module}, e.g. {@code services/dispatcher}. */
    static ServiceConfiguration of(String module) {
        ModuleGraph graph = new ModuleGraph();
        Set<String> properties = new TreeSet<>();
        Set<String> variables = new TreeSet<>();
        for (String included : graph.modulesOf(module)) {
            Path main = Repository.path(included).resolve("src/main");
            for (String file : new String[]{"resources/application.properties",
                    "resources/META-INF/microprofile-config.properties"}) {
                readProperties(main.resolve(file), properties, variables);
            }
            readSources(included, main.resolve("java"), properties);
        }
        properties.addAll(QuarkusConfigModel.onClassPath().propertiesOf(graph.quarkusArtifactsOf(module)));
        Stream.of(ProducerConfig.configNames(), ConsumerConfig.configNames(), AdminClientConfig.configNames())
                .flatMap(Set::stream)
                .forEach(name -> properties.add("kafka." + name));
        return new ServiceConfiguration(module, properties, variables);
    }

    /** The property {@code variable} sets, or the variable itself when a properties file reads it directly. */
    Optional<String> target(String variable) {
        Optional<String> property = properties.stream()
                .filter(candidate -> environmentName(candidate).equals(variable))
                .findFirst();
        return property.or(() -> variables.contains(variable) ? Optional.of(variable) : Optional.empty());
    }

    boolean accepts(String variable) {
        return target(variable).isPresent();
    }

    boolean has(String property) {
        return properties.contains(property);
    }

    String module() {
        return module;
    }

    /** MicroProfile Config's environment name of a property: non-alphanumerics to {@code _}, upper case. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static void readProperties(Path file, Set<String> properties, Set<String> variables) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Properties loaded = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            loaded.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loaded.forEach((key, value) -> {
            String name = key.toString();
            properties.add(name.startsWith("%") ? name.substring(name.indexOf('.') + 1) : name);
            Matcher expression = EXPRESSION_VARIABLE.matcher(value.toString());
            while (expression.find()) {
                variables.add(expression.group(1));
            }
        });
    }

    private static void readSources(String module, Path sources, Set<String> properties) {
        if (!Files.isDirectory(sources)) {
            return;
        }
        Optional<String> vendor = vendorOf(module);
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern pattern : new Pattern[]{CONFIG_PROPERTY, LOOKUP, PROPERTY_CONSTANT}) {
                    Matcher matcher = pattern.matcher(source);
                    while (matcher.find()) {
                        properties.add(matcher.group(1));
                    }
                }
                if (CONFIG_MAPPING.matcher(source).find()) {
                    mappingProperties(className(file, source), properties);
                }
                vendor.ifPresent(id -> {
                    Matcher setting = VENDOR_SETTING.matcher(source);
                    while (setting.find()) {
                        properties.add("credsync.vendor." + id + "." + setting.group(1));
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code vendors/seam} is the Seam slice; {@code vendors/spi} and {@code vendors/all} are no vendor. */
    private static Optional<String> vendorOf(String module) {
        if (!module.startsWith("vendors/")) {
            return Optional.empty();
        }
        String id = module.substring("vendors/".length());
        return Arrays.stream(Vendor.values()).map(Vendor::id).filter(id::equals).findFirst();
    }

    private static String className(Path file, String source) {
        Matcher pkg = PACKAGE.matcher(source);
        String simple = file.getFileName().toString().replace(".java", "");
        return pkg.find() ? pkg.group(1) + "." + simple : simple;
    }

    /** The properties of a {@code @ConfigMapping} interface, loaded from the class path (the services' jars). */
    private static void mappingProperties(String className, Set<String> properties) {
        Class<?> mapping;
        try {
            mapping = Class.forName(className, false, ServiceConfiguration.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(className + " is not on the deploy module's test class path", e);
        }
        ConfigMapping annotation = mapping.getAnnotation(ConfigMapping.class);
        if (annotation != null) {
            group(mapping, annotation.prefix(), properties, new HashSet<>());
        }
    }

    private static void group(Class<?> type, String prefix, Set<String> properties, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        for (Method method : type.getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) || method.isDefault() || method.getParameterCount() > 0) {
                continue;
            }
            String name = method.isAnnotationPresent(WithParentName.class)
                    ? prefix
                    : prefix + "." + Optional.ofNullable(method.getAnnotation(WithName.class)).map(WithName::value)
                            .orElse(kebab(method.getName()));
            Class<?> nested = groupType(method.getGenericReturnType());
            if (nested != null) {
                group(nested, name, properties, seen);
            } else {
                properties.add(name);
            }
        }
    }

    /** A nested group: a credsync interface, possibly in an Optional; leaves are everything else. */
    private static Class<?> groupType(Type type) {
        if (type instanceof Class<?> raw && raw.isInterface() && raw.getName().startsWith("io.credsync.")) {
            return raw;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == Optional.class) {
            return groupType(parameterized.getActualTypeArguments()[0]);
        }
        return null;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
