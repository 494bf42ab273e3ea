package io.credsync.helm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/** What one {@code helm template} rendered, typed, with lookups by the chart's naming. */
record Manifests(List<HasMetadata> objects, String yaml) {

    /** The chart names everything {@code <release>-credsync-<component>}. */
    static String named(String component) {
        return Chart.RELEASE + "-credsync-" + component;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> List<String> names(Class<T> type) {
        return all(type).stream().map(object -> object.getMetadata().getName()).toList();
    }

    <T extends HasMetadata> T get(Class<T> type, String name) {
        return all(type).stream()
                .filter(object -> object.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name + " among "
                        + names(type)));
    }

    List<GenericKubernetesResource> generic(String kind) {
        return all(GenericKubernetesResource.class).stream().filter(object -> object.getKind().equals(kind)).toList();
    }

    Deployment deployment(String component) {
        return get(Deployment.class, named(component));
    }

    static Container container(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        if (containers.size() != 1) {
            throw new AssertionError(deployment.getMetadata().getName() + " has " + containers.size() + " containers");
        }
        return containers.get(0);
    }

    /**
     * The container's environment as the process sees it, ConfigMaps included: a literal value, or where it comes
     * from ({@code secret:<name>/<key>}, {@code field:<path>}).
     */
    Map<String, String> env(Deployment deployment) {
        Container container = container(deployment);
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvFromSource source : container.getEnvFrom()) {
            env.putAll(get(ConfigMap.class, source.getConfigMapRef().getName()).getData());
        }
        for (EnvVar variable : container.getEnv()) {
            env.put(variable.getName(), describe(variable));
        }
        return env;
    }

    private static String describe(EnvVar variable) {
        if (variable.getValueFrom() == null) {
            return variable.getValue();
        }
        var from = variable.getValueFrom();
        if (from.getSecretKeyRef() != null) {
            return "secret:" + from.getSecretKeyRef().getName() + "/" + from.getSecretKeyRef().getKey();
        }
        if (from.getFieldRef() != null) {
            return "field:" + from.getFieldRef().getFieldPath();
        }
        throw new AssertionError("unexpected source of " + variable.getName() + ": " + from);
    }
}
