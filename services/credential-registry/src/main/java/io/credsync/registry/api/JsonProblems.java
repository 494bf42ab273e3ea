package io.credsync.registry.api;

import java.lang.reflect.Field;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.credsync.model.Vendor;

/**
 * Turns Jackson's refusals into problems naming the JSON pointer and the rule. Jackson's own messages are not used:
 * some quote the submitted value.
 */
final class JsonProblems {

    private JsonProblems() {
    }

    static Problem of(JsonProcessingException thrown) {
        // databind wraps the parser's refusals (bad UTF-8, limits) with the path where they happened
        JsonProcessingException e = thrown;
        while (e instanceof JsonMappingException && e.getCause() instanceof StreamReadException cause) {
            e = cause;
        }
        if (e instanceof StreamConstraintsException) {
            return Problem.of(ProblemType.MALFORMED_BODY, "the body exceeds a JSON parser limit (nesting depth, "
                    + "number or string length)", "body", "json.limits");
        }
        if (!(e instanceof JsonMappingException mapping)) {
            var at = e.getLocation();
            return Problem.of(ProblemType.MALFORMED_BODY, "the body is not valid UTF-8 JSON" + (at == null
                    ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"), "body", "json.syntax");
        }
        String pointer = pointer(mapping);
        if (e instanceof InvalidTypeIdException) {
            return Problem.of(ProblemType.INVALID_BODY, pointer + "/vendor must be one of " + Arrays.stream(Vendor
                    .values()).map(Vendor::id).collect(Collectors.joining(", ")), pointer + "/vendor", "json.type_id");
        }
        if (e instanceof InvalidFormatException format) {
            return invalidFormat(pointer, format.getTargetType());
        }
        if (e instanceof ValueInstantiationException) {
            return Problem.of(ProblemType.INVALID_BODY, pointer + " holds a value that is not allowed here (e.g. a "
                    + "null inside a list)", pointer, "json.value");
        }
        if (e instanceof MismatchedInputException mismatch) {
            if (String.valueOf(mismatch.getOriginalMessage()).startsWith("Trailing token")) {
                return Problem.of(ProblemType.MALFORMED_BODY, "the body holds more than one JSON value",
                        "body", "json.trailing_tokens");
            }
            return wrongType(pointer, mismatch.getTargetType());
        }
        return Problem.of(ProblemType.INVALID_BODY, pointer + " does not fit the schema", pointer, "json.schema");
    }

    private static Problem invalidFormat(String pointer, Class<?> type) {
        if (type != null && type.isEnum()) {
            return Problem.of(ProblemType.INVALID_BODY, pointer + " must be one of " + String.join(", ",
                    enumNames(type)), pointer, "json.enum");
        }
        if (type != null && Temporal.class.isAssignableFrom(type)) {
            return Problem.of(ProblemType.INVALID_BODY, pointer + " must be an ISO-8601 instant in UTC, e.g. "
                    + "2026-01-31T08:00:00Z", pointer, "json.date");
        }
        return wrongType(pointer, type);
    }

    private static Problem wrongType(String pointer, Class<?> type) {
        String where = pointer.isEmpty() ? "the body" : pointer;
        return Problem.of(ProblemType.INVALID_BODY, where + " must be " + jsonType(type), pointer.isEmpty()
                ? "body"
                : pointer, "json.type");
    }

    /** A JSON pointer (RFC 6901) to where Jackson stopped, e.g. {@code /grants/0/parameters}. */
    static String pointer(JsonMappingException e) {
        var pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer.append('/');
            if (ref.getFieldName() != null) {
                pointer.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (ref.getIndex() >= 0) {
                pointer.append(ref.getIndex());
            }
        }
        return pointer.toString();
    }

    private static String jsonType(Class<?> type) {
        if (type == null) {
            return "of another JSON type";
        }
        if (type == String.class || type.isEnum()) {
            return "a string" + (type.isEnum() ? " (one of " + String.join(", ", enumNames(type)) + ")" : "");
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 instant in UTC, e.g. 2026-01-31T08:00:00Z";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object of strings";
        }
        return "an object";
    }

    /** The enum's wire names ({@code @JsonProperty}), which are what a caller may send. */
    static List<String> enumNames(Class<?> type) {
        return Arrays.stream(type.getFields())
                .filter(Field::isEnumConstant)
                .map(f -> {
                    var property = f.getAnnotation(JsonProperty.class);
                    return property != null ? property.value() : f.getName().toLowerCase();
                })
                .toList();
    }
}
