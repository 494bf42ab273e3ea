package io.credsync.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The reactor's modules and what a deployable is made of, read from the poms: the in-repo modules it depends on
 * (compile and runtime scope, transitively) and the Quarkus extensions those declare, followed through each extension's
 * own pom (on the class path) to the extensions they bring.
 */
final class ModuleGraph {

    /** One {@code <dependency>} of a pom's own {@code <dependencies>}. */
    record Dependency(String groupId, String artifactId, String scope, boolean optional) {

        boolean shipped() {
            return !optional && !"test".equals(scope) && !"provided".equals(scope);
        }
    }

    private static final String CREDSYNC = "io.credsync";
    private static final String QUARKUS = "io.quarkus";

    private final Map<String, String> moduleByArtifact = new LinkedHashMap<>();

    ModuleGraph() {
        for (String module : children(parse(Repository.path("pom.xml")), "modules", "module")) {
            moduleByArtifact.put(artifactId(module), module);
        }
    }

    /** {@code module} and every in-repo module it ships with, e.g. services/dispatcher → dispatcher-runtime, … */
    List<String> modulesOf(String module) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(module));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (seen.add(next)) {
                for (Dependency dependency : dependencies(Repository.path(next).resolve("pom.xml"))) {
                    if (CREDSYNC.equals(dependency.groupId()) && dependency.shipped()
                            && moduleByArtifact.containsKey(dependency.artifactId())) {
                        todo.add(moduleByArtifact.get(dependency.artifactId()));
                    }
                }
            }
        }
        return List.copyOf(seen);
    }

    /** The artifactIds of every Quarkus extension (and io.quarkus library) the module ships with. */
    Set<String> quarkusArtifactsOf(String module) {
        Deque<String> todo = new ArrayDeque<>();
        for (String included : modulesOf(module)) {
            dependencies(Repository.path(included).resolve("pom.xml")).stream()
                    .filter(dependency -> QUARKUS.equals(dependency.groupId()) && dependency.shipped())
                    .forEach(dependency -> todo.add(dependency.artifactId()));
        }
        Set<String> seen = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (seen.add(next)) {
                embeddedPom(next).ifPresent(pom -> pom.stream()
                        .filter(dependency -> QUARKUS.equals(dependency.groupId()) && dependency.shipped())
                        .forEach(dependency -> todo.add(dependency.artifactId())));
            }
        }
        return seen;
    }

    String artifactId(String module) {
        Document pom = parse(Repository.path(module).resolve("pom.xml"));
        return child(pom.getDocumentElement(), "artifactId").map(Node::getTextContent).orElseThrow().strip();
    }

    /** The text of {@code <build><finalName>}, if the module's pom sets one. */
    Optional<String> finalName(String module) {
        Document pom = parse(Repository.path(module).resolve("pom.xml"));
        return child(pom.getDocumentElement(), "build").flatMap(build -> child(build, "finalName"))
                .map(node -> node.getTextContent().strip());
    }

    static List<Dependency> dependencies(Path pom) {
        return dependencies(parse(pom));
    }

    private static Optional<List<Dependency>> embeddedPom(String quarkusArtifact) {
        String resource = "META-INF/maven/" + QUARKUS + "/" + quarkusArtifact + "/pom.xml";
        try (InputStream in = ModuleGraph.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(dependencies(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    private static List<Dependency> dependencies(Document pom) {
        List<Dependency> dependencies = new ArrayList<>();
        Optional<Element> list = child(pom.getDocumentElement(), "dependencies");
        list.ifPresent(element -> {
            for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element dependency && "dependency".equals(dependency.getTagName())) {
                    dependencies.add(new Dependency(text(dependency, "groupId"), text(dependency, "artifactId"),
                            text(dependency, "scope"), "true".equals(text(dependency, "optional"))));
                }
            }
        });
        return dependencies;
    }

    private static String text(Element parent, String name) {
        return child(parent, name).map(node -> node.getTextContent().strip()).orElse("");
    }

    private static List<String> children(Document pom, String list, String item) {
        List<String> values = new ArrayList<>();
        child(pom.getDocumentElement(), list).ifPresent(element -> {
            for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element value && item.equals(value.getTagName())) {
                    values.add(value.getTextContent().strip());
                }
            }
        });
        return values;
    }

    private static Optional<Element> child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getTagName())) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    private static Document parse(Path pom) {
        try (InputStream in = Files.newInputStream(pom)) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + pom, e);
        }
    }
}
