package io.credsync.helm;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * Parses rendered manifests into fabric8's typed model, strictly. fabric8 is lenient on purpose: a field its model
 * does not know lands in the object's {@code additionalProperties}, and a kind it does not know becomes a
 * {@link GenericKubernetesResource}. Here either is an error, so a misspelt field or kind fails the test that renders it.
 */
final class StrictManifests {

    /** Kinds with no class in fabric8's core model (CRDs): kept generic, only their metadata is checked. */
    static final Set<String> GENERIC_KINDS = Set.of("monitoring.coreos.com/v1/ServiceMonitor");

    private static final Pattern DOCUMENT_SEPARATOR = Pattern.compile("(?m)^---\\s*$");
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private StrictManifests() {
    }

    static List<HasMetadata> parse(String multiDocumentYaml) {
        List<HasMetadata> objects = new ArrayList<>();
        for (String document : DOCUMENT_SEPARATOR.split(multiDocumentYaml)) {
            if (isBlank(document)) {
                continue;
            }
            objects.add(parseOne(document));
        }
        return objects;
    }

    static HasMetadata parseOne(String document) {
        HasMetadata object = SERIALIZATION.unmarshal(document);
        String type = object.getApiVersion() + "/" + object.getKind();
        List<String> unknown = new ArrayList<>();
        if (object instanceof GenericKubernetesResource generic) {
            if (!GENERIC_KINDS.contains(type)) {
                throw new UnknownFieldsException(type + " is not a kind of the Kubernetes model");
            }
            collectUnknownFields(generic.getMetadata(), "metadata", unknown);
        } else {
            collectUnknownFields(object, "", unknown);
        }
        if (!unknown.isEmpty()) {
            throw new UnknownFieldsException(type + " " + object.getMetadata().getName() + " has fields the "
                    + "Kubernetes model does not know: " + unknown);
        }
        return object;
    }

    /** Every key fabric8 kept aside, with its path: none means the whole document mapped onto typed fields. */
    private static void collectUnknownFields(Object node, String path, List<String> unknown) {
        if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collectUnknownFields(list.get(i), path + "[" + i + "]", unknown);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> collectUnknownFields(value, path + "." + key, unknown));
            return;
        }
        if (node == null || !node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Class<?> type = node.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                Object value = read(field, node);
                if (field.getName().equals("additionalProperties")) {
                    ((Map<?, ?>) value).keySet().forEach(key -> unknown.add(path + "." + key));
                } else {
                    collectUnknownFields(value, path + "." + field.getName(), unknown);
                }
            }
        }
    }

    private static Object read(Field field, Object owner) {
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isBlank(String document) {
        return document.lines().map(String::strip).allMatch(line -> line.isEmpty() || line.startsWith("#"));
    }

    static final class UnknownFieldsException extends RuntimeException {
        UnknownFieldsException(String message) {
            super(message);
        }
    }
}
