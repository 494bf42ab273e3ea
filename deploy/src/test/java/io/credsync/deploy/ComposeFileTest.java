package io.credsync.deploy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.credsync.deploy.ComposeFile.PortMapping;
import io.credsync.model.Topics;
import io.credsync.model.Topics.TopicSpec;

import static org.assertj.core.api.Assertions.assertThat;

/** docker-compose.yml against the code: variables, ports, URLs, health checks, start order, topics. */
class ComposeFileTest {

    private static final ComposeFile COMPOSE = ComposeFile.load();
    private static final ModuleGraph MODULES = new ModuleGraph();
    private static final String SIMULATORS = "simulators";
    private static final String TOPICS = "topics";
    /** The services of the local stack, by module, with the port ./credsync up gives them. */
    private static final Map<String, Integer> STACK_PORTS = stackPorts();
    private static final Pattern URL = Pattern.compile("[a-z][a-z0-9+.:-]*://([A-Za-z0-9.-]+):(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KAFKA_TOPICS = "/opt/kafka/bin/kafka-topics.sh";

    @Test
    void shouldFollowTheComposeSpecification() {
        // Given the Compose Specification's schema (src/test/resources/README.md)
        JsonSchema schema = composeSchema();

        // When
        Set<ValidationMessage> problems = schema.validate(JSON.valueToTree(COMPOSE.document()));

        // Then
        assertThat(problems).isEmpty();
        assertThat(COMPOSE.services()).containsKeys("kafka", "postgres", TOPICS, SIMULATORS, "credential-registry",
                "event-ingest", "dispatcher");
    }

    @Test
    void shouldRefuseWhatTheSpecificationDoesNotAllow() {
        // Given a start condition Compose does not know, and a misspelt health check key
        ComposeFile wrong = ComposeFile.parse(Repository.read(ComposeFile.PATH)
                .replace("condition: service_completed_successfully", "condition: service_completed")
                .replace("start_period: 10s", "start-period: 10s"));

        // When
        Set<ValidationMessage> problems = composeSchema().validate(JSON.valueToTree(wrong.document()));

        // Then
        assertThat(problems).extracting(ValidationMessage::getMessage)
                .anySatisfy(message -> assertThat(message).contains("condition"))
                .anySatisfy(message -> assertThat(message).contains("start-period"));
    }

    @Test
    void shouldGiveEachServiceOnlyVariablesItReads() {
        // Given every service compose builds from this repository

        // When
        List<String> unknown = unknownVariables(COMPOSE);

        // Then
        assertThat(unknown).isEmpty();
        assertThat(builtServices()).containsOnlyKeys(SIMULATORS, "credential-registry", "event-ingest",
                "dispatcher");
    }

    @Test
    void shouldRefuseAComposeFileWithAMisspeltVariable() {
        // Given the compose file with one variable misspelt
        ComposeFile misspelt = ComposeFile.parse(Repository.read(ComposeFile.PATH)
                .replace("CREDSYNC_DISPATCHER_VENDORS: all", "CREDSYNC_DISPATCHER_VENDOR: all")
                .replace("SIMULATORS_BIND_ADDRESS:", "SIMULATOR_BIND_ADDRESS:"));

        // When
        List<String> unknown = unknownVariables(misspelt);

        // Then
        assertThat(unknown).containsExactlyInAnyOrder("dispatcher: CREDSYNC_DISPATCHER_VENDOR",
                "simulators: SIMULATOR_BIND_ADDRESS");
    }

    @Test
    void shouldPublishTheLocalStacksPortsOnWhatEachContainerListensOn() {
        // Given the ports ./credsync up uses (ServiceCatalogue, the simulators' declarations)

        // When / Then
        builtServices().forEach((service, module) -> {
            List<PortMapping> ports = COMPOSE.ports(service);
            assertThat(ports).as(service).allSatisfy(port -> assertThat(port.hostIp()).isEqualTo("127.0.0.1"));
            if (module.equals(SimulatorHostVariables.MODULE)) {
                List<PortMapping> expected = new ArrayList<>(List.of(new PortMapping("127.0.0.1",
                        STACK_PORTS.get(module), intValue(setting(service, "SIMULATORS_PORT")))));
                simulatorPorts(service).forEach(port -> expected.add(new PortMapping("127.0.0.1", port, port)));
                assertThat(ports).as(service).containsExactlyInAnyOrderElementsOf(expected);
            } else {
                assertThat(ports).as(service).containsExactly(new PortMapping("127.0.0.1", STACK_PORTS.get(module),
                        intValue(setting(service, "QUARKUS_HTTP_PORT"))));
            }
        });
        assertThat(COMPOSE.ports("kafka")).contains(new PortMapping("127.0.0.1", 9092, 9092));
        assertThat(COMPOSE.ports("postgres")).contains(new PortMapping("127.0.0.1", 5432, 5432));
    }

    @Test
    void shouldGiveServicesUrlsOfPortsTheOthersListenOn() {
        // Given every address a service is given: URLs, Kafka's bootstrap servers, the topic job's broker
        List<String> wrong = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (String service : COMPOSE.services().keySet()) {
            if (service.equals("kafka")) {
                continue; // its own listeners, advertised to the host too
            }
            List<String> values = new ArrayList<>(COMPOSE.environment(service).values());
            COMPOSE.services().get(service).values().forEach(value -> values.add(String.valueOf(value)));
            for (String value : values) {
                List<String[]> addresses = new ArrayList<>();
                Matcher url = URL.matcher(value);
                while (url.find()) {
                    addresses.add(new String[]{url.group(1), url.group(2)});
                }
                if (value.equals(COMPOSE.environment(service).get("KAFKA_BOOTSTRAP_SERVERS"))) {
                    for (String server : value.split(",")) {
                        addresses.add(server.split(":"));
                    }
                }
                Matcher bootstrap = Pattern.compile("--bootstrap-server[ =]([a-z0-9-]+):(\\d+)").matcher(value);
                while (bootstrap.find()) {
                    addresses.add(new String[]{bootstrap.group(1), bootstrap.group(2)});
                }
                for (String[] address : addresses) {
                    if (address[0].equals("127.0.0.1") || address[0].equals("localhost")) {
                        continue; // the container itself: health checks, checked elsewhere
                    }
                    String target = address[0] + ":" + address[1];
                    checked.add(service + " → " + target);
                    if (!COMPOSE.services().containsKey(address[0])
                            || !listenPorts(address[0]).contains(Integer.parseInt(address[1]))) {
                        wrong.add(service + " → " + target);
                    }
                }
            }
        }

        // Then
        assertThat(wrong).isEmpty();
        assertThat(checked).contains("credential-registry → kafka:19092", "dispatcher → postgres:5432",
                "simulators → event-ingest:8080", "topics → kafka:19092");
    }

    @Test
    void shouldCheckEveryServicesHealth() {
        // When / Then: every service has a health check; credsync's ask readiness on the port they listen on
        for (String service : COMPOSE.services().keySet()) {
            assertThat(COMPOSE.healthCheck(service)).as(service).isPresent();
        }
        builtServices().forEach((service, module) -> {
            String test = String.join(" ", COMPOSE.healthCheck(service).orElseThrow());
            int port = module.equals(SimulatorHostVariables.MODULE)
                    ? intValue(setting(service, "SIMULATORS_PORT"))
                    : intValue(setting(service, "QUARKUS_HTTP_PORT"));
            assertThat(test).as(service).contains("/dev/tcp/127.0.0.1/" + port + " ").contains("/q/health/ready")
                    .contains("$$status"); // Compose's escape: bash, not Compose, expands it
        });
    }

    @Test
    void shouldStartEachServiceOnlyOnceWhatItNeedsIsHealthyOrDone() {
        // When / Then: long form only, on healthy services or the completed topic job
        for (String service : COMPOSE.services().keySet()) {
            COMPOSE.dependsOn(service).forEach((target, condition) -> {
                assertThat(COMPOSE.services()).as(service + " depends on " + target).containsKey(target);
                if (target.equals(TOPICS)) {
                    assertThat(condition).as(service + " → " + target).isEqualTo("service_completed_successfully");
                } else {
                    assertThat(condition).as(service + " → " + target).isEqualTo("service_healthy");
                    assertThat(COMPOSE.healthCheck(target)).as(target).isPresent();
                }
            });
        }
        assertThat(COMPOSE.service(TOPICS)).containsEntry("restart", "no").doesNotContainKey("ports");
        assertThat(COMPOSE.dependsOn(TOPICS)).containsOnlyKeys("kafka");
        // the local stack's order: infrastructure and topics, simulators, then the services
        for (String service : List.of("credential-registry", "event-ingest", "dispatcher")) {
            assertThat(COMPOSE.dependsOn(service)).as(service).containsKeys("kafka", "postgres", TOPICS);
        }
        for (String service : List.of("event-ingest", "dispatcher")) {
            assertThat(COMPOSE.dependsOn(service)).as(service).containsKey(SIMULATORS);
        }
    }

    @Test
    void shouldCreateEveryCatalogueTopicWithItsSettings(@TempDir Path dir) throws Exception {
        // Given the topic job as the container runs it (entrypoint + command, after Compose's $$ unescaping), with a
        // stand-in for kafka-topics.sh that prints its arguments, one call per line
        Path stub = dir.resolve("kafka-topics.sh");
        Files.writeString(stub, "#!/bin/bash\necho \"$@\"\n");
        assertThat(stub.toFile().setExecutable(true)).isTrue();
        List<String> command = new ArrayList<>();
        ComposeFile.list(COMPOSE.service(TOPICS).get("entrypoint")).forEach(word -> command.add(word.toString()));
        ComposeFile.list(COMPOSE.service(TOPICS).get("command")).forEach(word -> command.add(word.toString()
                .replace("$$", "$").replace(KAFKA_TOPICS, stub.toString())));

        // When
        Process job = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> calls = new String(job.getInputStream().readAllBytes()).lines()
                .filter(line -> line.startsWith("--")).toList();
        assertThat(job.waitFor(10, TimeUnit.SECONDS)).isTrue();

        // Then: exactly the catalogue, in its order, on the one broker with one replica, existing topics kept
        assertThat(job.exitValue()).isZero();
        List<TopicSpec> created = new ArrayList<>();
        for (String call : calls) {
            List<String> args = List.of(call.split(" "));
            assertThat(args).as(call).containsSubsequence("--bootstrap-server", "kafka:19092")
                    .containsSubsequence("--replication-factor", "1").contains("--create", "--if-not-exists");
            Map<String, String> configs = new TreeMap<>();
            for (int i = 0; i < args.size() - 1; i++) {
                if (args.get(i).equals("--config")) {
                    String[] pair = args.get(i + 1).split("=", 2);
                    configs.put(pair[0], pair[1]);
                }
            }
            String topic = args.get(args.indexOf("--topic") + 1);
            created.add(new TopicSpec(topic, Integer.parseInt(args.get(args.indexOf("--partitions") + 1)),
                    "compact".equals(configs.get("cleanup.policy"))));
            assertThat(configs).as(topic).isEqualTo(new TreeMap<>(Topics.catalogue().stream()
                    .filter(spec -> spec.name().equals(topic)).findFirst().map(TopicSpec::configs).orElse(Map.of())));
        }
        assertThat(created).containsExactlyElementsOf(Topics.catalogue());
        assertThat(COMPOSE.service(TOPICS).get("image")).isEqualTo(COMPOSE.service("kafka").get("image"));
    }

    @Test
    void shouldRunTheImagesTheDockerfilesBuild() {
        // When / Then: the images' names and tag are the chart's (credsync/<artifactId>:0.1.0)
        builtServices().forEach((service, module) -> {
            assertThat(COMPOSE.service(service)).as(service).containsEntry("image",
                    "credsync/" + MODULES.artifactId(module) + ":0.1.0");
            Map<String, Object> build = ComposeFile.map(COMPOSE.service(service).get("build"));
            assertThat(build).as(service).containsEntry("dockerfile", Dockerfile.PATH);
            assertThat(Repository.path(module).resolve(Dockerfile.PATH)).as(service).isRegularFile();
        });
        Matcher kafkaVersion = Pattern.compile("<kafka.version>([^<]+)</kafka.version>")
                .matcher(Repository.read("pom.xml"));
        assertThat(kafkaVersion.find()).isTrue();
        assertThat(COMPOSE.service("kafka")).containsEntry("image", "apache/kafka:" + kafkaVersion.group(1));
        assertThat(COMPOSE.service("postgres").get("image").toString()).startsWith("postgres:17");
    }

    @Test
    void shouldSetUpServicesAsTheLocalStackDoes() {
        // Given the registry's development public key, which the image carries on its class path
        assertThat(Repository.path("services/credential-registry/src/main/resources")
                .resolve(COMPOSE.environment("credential-registry").get("CREDSYNC_JWT_PUBLIC_KEY_LOCATION")))
                .isRegularFile();

        // When / Then: the same switches as ServiceCatalogue
        assertThat(COMPOSE.environment("credential-registry")).containsEntry("CREDSYNC_AUTH_DEV_TOKEN_ENABLED",
                "true");
        assertThat(COMPOSE.environment("event-ingest")).containsEntry("QUARKUS_PROFILE", "local");
        assertThat(COMPOSE.environment("dispatcher")).containsEntry("CREDSYNC_DISPATCHER_VENDORS", "all");
        for (String service : List.of("credential-registry", "event-ingest", "dispatcher")) {
            assertThat(COMPOSE.environment(service)).as(service).containsKeys("KAFKA_BOOTSTRAP_SERVERS",
                    "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
                    "CREDSYNC_ENCRYPTION_KEYS", "CREDSYNC_ENCRYPTION_ACTIVE_KEY");
        }
        // the runtimes read the simulators' keys where the host writes them: one volume, one path
        String secrets = COMPOSE.environment(SIMULATORS).get("CREDSYNC_SECRETS_DIR");
        String volume = mountedAt(SIMULATORS, secrets);
        assertThat(volume).as("the simulator host's secrets volume").isNotNull();
        assertThat(ComposeFile.<Object>map(COMPOSE.document().get("volumes"))).containsKey(volume);
        for (String service : List.of("event-ingest", "dispatcher")) {
            assertThat(COMPOSE.environment(service)).as(service).containsEntry("CREDSYNC_SECRETS_DIR", secrets)
                    .containsEntry("CREDSYNC_VENDORS_ALLOW_PLAIN_HTTP", "true");
            assertThat(mountedAt(service, secrets)).as(service).isEqualTo(volume);
        }
    }

    private static JsonSchema composeSchema() {
        try (InputStream in = ComposeFileTest.class.getResourceAsStream("/compose-spec.json")) {
            ObjectNode schema = (ObjectNode) JSON.readTree(in);
            // the validator knows draft-07 by its canonical id (the schema names it with https) and wants an
            // absolute $id
            schema.put("$schema", "http://json-schema.org/draft-07/schema#");
            schema.put("$id",
                    "https://raw.githubusercontent.com/compose-spec/compose-spec/main/schema/compose-spec.json");
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** "service: VARIABLE" for every variable no property (or, for the simulator host, no lookup) reads. */
    private static List<String> unknownVariables(ComposeFile compose) {
        List<String> unknown = new ArrayList<>();
        Set<String> hostVariables = SimulatorHostVariables.read();
        for (String service : compose.services().keySet()) {
            String module = compose.module(service).orElse(null);
            if (module == null) {
                continue; // images of others (Kafka, PostgreSQL), configured as their documentation says
            }
            if (module.equals(SimulatorHostVariables.MODULE)) {
                compose.environment(service).keySet().stream().filter(variable -> !hostVariables.contains(variable))
                        .forEach(variable -> unknown.add(service + ": " + variable));
            } else {
                ServiceConfiguration configuration = ServiceConfiguration.of(module);
                compose.environment(service).keySet().stream().filter(variable -> !configuration.accepts(variable))
                        .forEach(variable -> unknown.add(service + ": " + variable));
            }
        }
        return unknown;
    }

    /** Compose service → module, for the services built from this repository. */
    private static Map<String, String> builtServices() {
        Map<String, String> built = new LinkedHashMap<>();
        COMPOSE.services().keySet().forEach(service -> COMPOSE.module(service)
                .ifPresent(module -> built.put(service, module)));
        return built;
    }

    /** A variable as the container sees it: compose's environment, else the image's ENV. */
    private static String setting(String service, String variable) {
        String value = COMPOSE.environment(service).get(variable);
        if (value == null) {
            value = Dockerfile.of(COMPOSE.module(service).orElseThrow()).env().get(variable);
        }
        assertThat(value).as(service + " " + variable).isNotNull();
        return value;
    }

    /** The ports each simulator of the host listens on: its port variable, else its declared port. */
    private static List<Integer> simulatorPorts(String service) {
        List<Integer> ports = new ArrayList<>();
        for (String module : MODULES.modulesOf(SimulatorHostVariables.MODULE)) {
            SimulatorHostVariables.declaration(module).ifPresent(declared -> {
                String override = COMPOSE.environment(service).get(declared.getProperty("port.variable"));
                ports.add(intValue(override != null ? override : declared.getProperty("port")));
            });
        }
        assertThat(ports).as("declared simulators").isNotEmpty();
        return ports;
    }

    /** What a service listens on inside the network. */
    private static Set<Integer> listenPorts(String service) {
        Set<Integer> ports = new LinkedHashSet<>();
        String module = COMPOSE.module(service).orElse(null);
        if (SimulatorHostVariables.MODULE.equals(module)) {
            ports.add(intValue(setting(service, "SIMULATORS_PORT")));
            ports.addAll(simulatorPorts(service));
        } else if (module != null) {
            ports.add(intValue(setting(service, "QUARKUS_HTTP_PORT")));
        } else if (service.equals("kafka")) {
            Matcher listener = Pattern.compile("(\\w+)://[^:,]*:(\\d+)")
                    .matcher(COMPOSE.environment("kafka").get("KAFKA_LISTENERS"));
            while (listener.find()) {
                if (!listener.group(1).equals("CONTROLLER")) {
                    ports.add(intValue(listener.group(2)));
                }
            }
        } else if (service.equals("postgres")) {
            ports.add(5432); // the image's default; PGPORT is not set
            assertThat(COMPOSE.environment("postgres")).doesNotContainKey("PGPORT");
        }
        return ports;
    }

    private static String mountedAt(String service, String path) {
        for (Object volume : ComposeFile.list(COMPOSE.service(service).get("volumes"))) {
            String[] parts = volume.toString().split(":");
            if (parts.length >= 2 && parts[1].equals(path)) {
                return parts[0];
            }
        }
        return null;
    }

    private static int intValue(String value) {
        return Integer.parseInt(value.strip());
    }

    /** name → port of ServiceCatalogue's entries, keyed by module, and the simulator host's. */
    private static Map<String, Integer> stackPorts() {
        Matcher spec = Pattern.compile("new ServiceSpec\\(\"([a-z-]+)\", \"([a-z/-]+)\", (\\d+)")
                .matcher(Repository.read("local-stack/src/main/java/io/credsync/stack/ServiceCatalogue.java"));
        Map<String, Integer> ports = new LinkedHashMap<>();
        while (spec.find()) {
            ports.put(spec.group(2), Integer.parseInt(spec.group(3)));
        }
        assertThat(ports).containsKeys("services/credential-registry", "services/event-ingest",
                "services/dispatcher", SimulatorHostVariables.MODULE);
        return ports;
    }

}
