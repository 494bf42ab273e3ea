package io.credsync.simulator.seam.openapi;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.credsync.simulator.seam.api.ValidationErrors;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Checks a request body against the route's schema in the OpenAPI subset and reports problems with zod's messages,
 * as Seam does. Supported keywords: type, properties, required, nullable, enum, format (uuid, date-time, email, uri),
 * pattern, minLength, minItems, maxItems, items, minimum/exclusiveMinimum, allOf, oneOf/anyOf.
 * <p>
 * {@code oneOf} is read with zod's union semantics (the OpenAPI is generated from zod unions): a body satisfies it if
 * it has the required fields of one alternative, and every field it sends is checked against the alternative that
 * defines it. Unknown fields are ignored (no schema here sets {@code additionalProperties: false}) unless
 * {@code rejectUnknown} is set.
 */
public final class RequestSchemaValidator {

    private static final Pattern UUID = Pattern
            .compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final OpenApiSubset api;

    public RequestSchemaValidator(OpenApiSubset api) {
        this.api = api;
    }

    public ValidationErrors validate(String path, String method, JsonObject body, boolean rejectUnknown) {
        ValidationErrors errors = new ValidationErrors();
        api.requestSchema(path, method).ifPresent(schema -> check(schema, body, new ArrayList<>(), errors,
                rejectUnknown, true));
        return errors;
    }

    private void check(JsonObject schema, Object value, List<String> path, ValidationErrors errors,
            boolean rejectUnknown, boolean outermost) {
        if (value == null) {
            if (!schema.getBoolean("nullable", false) && schema.containsKey("type")) {
                errors.add("Expected " + expected(schema) + ", received null", path);
            }
            return;
        }
        if (schema.containsKey("allOf")) {
            for (Object sub : schema.getJsonArray("allOf")) {
                check((JsonObject) sub, value, path, errors, rejectUnknown, false);
            }
        }
        JsonArray alternatives = schema.getJsonArray("oneOf", schema.getJsonArray("anyOf"));
        if (alternatives != null) {
            checkUnion(alternatives, value, path, errors, rejectUnknown);
        }
        String type = schema.getString("type");
        if (type != null && !checkType(schema, type, value, path, errors, rejectUnknown)) {
            return;
        }
        if (outermost && rejectUnknown && value instanceof JsonObject object && isObjectSchema(schema)) {
            rejectUnknownKeys(schema, object, path, errors);
        }
    }

    private boolean checkType(JsonObject schema, String type, Object value, List<String> path,
            ValidationErrors errors, boolean rejectUnknown) {
        switch (type) {
            case "string" -> {
                if (!(value instanceof String text)) {
                    return wrongType("string", value, path, errors);
                }
                checkString(schema, text, path, errors);
            }
            case "number" -> {
                if (!(value instanceof Number number)) {
                    return wrongType("number", value, path, errors);
                }
                checkMinimum(schema, number, path, errors);
            }
            case "integer" -> {
                if (!(value instanceof Number number)) {
                    return wrongType("number", value, path, errors);
                }
                if (number.doubleValue() != Math.rint(number.doubleValue())) {
                    errors.add("Expected integer, received float", path);
                    return false;
                }
                checkMinimum(schema, number, path, errors);
            }
            case "boolean" -> {
                if (!(value instanceof Boolean)) {
                    return wrongType("boolean", value, path, errors);
                }
            }
            case "array" -> {
                if (!(value instanceof JsonArray array)) {
                    return wrongType("array", value, path, errors);
                }
                checkArray(schema, array, path, errors, rejectUnknown);
            }
            case "object" -> {
                if (!(value instanceof JsonObject object)) {
                    return wrongType("object", value, path, errors);
                }
                checkObject(schema, object, path, errors, rejectUnknown);
            }
            default -> {
                // unknown type keyword: nothing to check
            }
        }
        return true;
    }

    private void checkString(JsonObject schema, String text, List<String> path, ValidationErrors errors) {
        JsonArray allowed = schema.getJsonArray("enum");
        if (allowed != null && !allowed.contains(text)) {
            String expected = allowed.stream().map(v -> "'" + v + "'").collect(Collectors.joining(" | "));
            errors.add("Invalid enum value. Expected " + expected + ", received '" + text + "'", path);
            return;
        }
        Integer minLength = schema.getInteger("minLength");
        if (minLength != null && text.length() < minLength) {
            errors.add("String must contain at least " + minLength + " character(s)", path);
        }
        String format = schema.getString("format", "");
        switch (format) {
            case "uuid" -> {
                if (!UUID.matcher(text).matches()) {
                    errors.add("Invalid uuid", path);
                }
            }
            case "date-time" -> {
                if (!isDateTime(text)) {
                    errors.add("Invalid datetime", path);
                }
            }
            case "email" -> {
                if (!EMAIL.matcher(text).matches()) {
                    errors.add("Invalid email", path);
                }
            }
            case "uri" -> {
                if (!text.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.+")) {
                    errors.add("Invalid url", path);
                }
            }
            default -> {
                // no format, or one without a rule
            }
        }
        String pattern = schema.getString("pattern");
        if (pattern != null && !Pattern.compile(pattern).matcher(text).find()) {
            errors.add("Invalid", path);
        }
    }

    private static void checkMinimum(JsonObject schema, Number number, List<String> path, ValidationErrors errors) {
        Number minimum = schema.getNumber("minimum");
        if (minimum == null) {
            return;
        }
        boolean exclusive = schema.getBoolean("exclusiveMinimum", false);
        double value = number.doubleValue();
        if (exclusive ? value <= minimum.doubleValue() : value < minimum.doubleValue()) {
            errors.add("Number must be greater than " + (exclusive ? "" : "or equal to ") + minimum, path);
        }
    }

    private void checkArray(JsonObject schema, JsonArray array, List<String> path, ValidationErrors errors,
            boolean rejectUnknown) {
        Integer minItems = schema.getInteger("minItems");
        if (minItems != null && array.size() < minItems) {
            errors.add("Array must contain at least " + minItems + " element(s)", path);
        }
        Integer maxItems = schema.getInteger("maxItems");
        if (maxItems != null && array.size() > maxItems) {
            errors.add("Array must contain at most " + maxItems + " element(s)", path);
        }
        JsonObject items = schema.getJsonObject("items");
        if (items != null) {
            for (int i = 0; i < array.size(); i++) {
                check(items, array.getValue(i), append(path, Integer.toString(i)), errors, rejectUnknown, true);
            }
        }
    }

    private void checkObject(JsonObject schema, JsonObject object, List<String> path, ValidationErrors errors,
            boolean rejectUnknown) {
        JsonObject properties = schema.getJsonObject("properties", new JsonObject());
        for (Object name : schema.getJsonArray("required", new JsonArray())) {
            if (!object.containsKey((String) name)) {
                errors.add("Required", append(path, (String) name));
            }
        }
        for (String name : properties.fieldNames()) {
            if (object.containsKey(name)) {
                check(properties.getJsonObject(name), object.getValue(name), append(path, name), errors,
                        rejectUnknown, true);
            }
        }
    }

    private void checkUnion(JsonArray alternatives, Object value, List<String> path, ValidationErrors errors,
            boolean rejectUnknown) {
        if (value instanceof JsonObject object && allObjects(alternatives)) {
            checkObjectUnion(alternatives, object, path, errors, rejectUnknown);
            return;
        }
        for (Object alternative : alternatives) {
            ValidationErrors probe = new ValidationErrors();
            check((JsonObject) alternative, value, path, probe, rejectUnknown, false);
            if (probe.isEmpty()) {
                return;
            }
        }
        errors.add("Invalid input", path);
    }

    private void checkObjectUnion(JsonArray alternatives, JsonObject object, List<String> path,
            ValidationErrors errors, boolean rejectUnknown) {
        List<String> fewestMissing = null;
        for (Object alternative : alternatives) {
            List<String> missing = new ArrayList<>();
            for (Object name : ((JsonObject) alternative).getJsonArray("required", new JsonArray())) {
                if (!object.containsKey((String) name)) {
                    missing.add((String) name);
                }
            }
            if (fewestMissing == null || missing.size() < fewestMissing.size()) {
                fewestMissing = missing;
            }
        }
        if (fewestMissing != null) {
            fewestMissing.forEach(name -> errors.add("Required", append(path, name)));
        }
        for (String name : object.fieldNames()) {
            for (Object alternative : alternatives) {
                JsonObject property = ((JsonObject) alternative).getJsonObject("properties", new JsonObject())
                        .getJsonObject(name);
                if (property != null) {
                    check(property, object.getValue(name), append(path, name), errors, rejectUnknown, true);
                    break;
                }
            }
        }
    }

    private void rejectUnknownKeys(JsonObject schema, JsonObject object, List<String> path, ValidationErrors errors) {
        Set<String> known = new LinkedHashSet<>();
        collectProperties(schema, known);
        List<String> unknown = object.fieldNames().stream().filter(name -> !known.contains(name))
                .map(name -> "'" + name + "'").toList();
        if (!unknown.isEmpty()) {
            errors.add("Unrecognized key(s) in object: " + String.join(", ", unknown), path);
        }
    }

    private static void collectProperties(JsonObject schema, Set<String> into) {
        into.addAll(schema.getJsonObject("properties", new JsonObject()).fieldNames());
        for (String keyword : List.of("allOf", "oneOf", "anyOf")) {
            for (Object sub : schema.getJsonArray(keyword, new JsonArray())) {
                collectProperties((JsonObject) sub, into);
            }
        }
    }

    private static boolean isObjectSchema(JsonObject schema) {
        return "object".equals(schema.getString("type")) || schema.containsKey("allOf")
                || schema.containsKey("oneOf") || schema.containsKey("anyOf");
    }

    private static boolean allObjects(JsonArray alternatives) {
        return alternatives.stream().allMatch(a -> "object".equals(((JsonObject) a).getString("type")));
    }

    private static boolean isDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean wrongType(String expected, Object value, List<String> path, ValidationErrors errors) {
        errors.add("Expected " + expected + ", received " + typeOf(value), path);
        return false;
    }

    private static String expected(JsonObject schema) {
        String type = schema.getString("type");
        return "integer".equals(type) ? "number" : type;
    }

    private static String typeOf(Object value) {
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Number) {
            return "number";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof JsonArray) {
            return "array";
        }
        return value == null ? "null" : "object";
    }

    private static List<String> append(List<String> path, String segment) {
        List<String> next = new ArrayList<>(path);
        next.add(segment);
        return next;
    }
}
