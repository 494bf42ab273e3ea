package io.credsync.registry.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.credsync.model.validation.FieldLimits;
import io.credsync.registry.connection.ConnectionOptions;

/**
 * Completes the OpenAPI document with what annotations would repeat on every operation: the shared Problem schema,
 * each error status an operation can answer with its problem types, and the id limits on path parameters.
 */
public class ProblemsInOpenApi implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents().addSchema("Problem", problemSchema());
        openAPI.getComponents().addSchema("Violation", violationSchema());
        if (openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(ProblemsInOpenApi::limitFields);
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/v1/") || path.startsWith("/dev/")) {
                item.getOperations().forEach((method, operation) -> describe(path, method, operation));
            }
        });
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        boolean write = method != PathItem.HttpMethod.GET;
        boolean secured = path.startsWith("/v1/");
        var errors = new LinkedHashMap<String, String>();
        errors.put("400", types(ProblemType.INVALID_PARAMETER, ProblemType.MALFORMED_BODY, ProblemType.INVALID_BODY,
                ProblemType.BAD_REQUEST));
        if (secured) {
            errors.put("401", types(ProblemType.UNAUTHORIZED));
            errors.put("403", types(ProblemType.FORBIDDEN));
        }
        errors.put("404", types(ProblemType.NOT_FOUND));
        if (write) {
            errors.put("409", types(ProblemType.CONFLICT));
            errors.put("412", types(ProblemType.STALE_VERSION));
            errors.put("413", types(ProblemType.BODY_TOO_LARGE));
            errors.put("415", types(ProblemType.UNSUPPORTED_MEDIA_TYPE));
            errors.put("422", types(ProblemType.VALIDATION, ProblemType.IDEMPOTENCY_KEY_REUSED));
        }
        errors.put("414", types(ProblemType.URI_TOO_LONG));
        errors.put("500", types(ProblemType.INTERNAL) + " (a bug)");
        var responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        // replaces SmallRye's generated "Bad Request"/"Not Authorized" entries, which have no body
        errors.forEach((status, description) -> responses.addAPIResponse(status, OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))))));
        operation.setResponses(responses);
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if (parameter.getIn() == Parameter.In.PATH && !"operation".equals(parameter.getName())) {
                    parameter.setSchema(idSchema());
                }
            }
        }
    }

    /** The {@link FieldLimits} on body fields, by their wire names, so that the schemas state what is checked. */
    private static void limitFields(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().forEach((name, property) -> {
            if (property.getRef() != null) {
                return;
            }
            switch (name) {
                case "full_name", "first_name", "last_name", "display_name", "model", "common_name" -> property
                        .maxLength(FieldLimits.NAME_MAX);
                case "email" -> property.maxLength(FieldLimits.EMAIL_MAX);
                case "value" -> property.maxLength(FieldLimits.VALUE_MAX);
                case "address", "base_url" -> property.maxLength(FieldLimits.TEXT_MAX);
                case "options" -> property.maxProperties(ConnectionOptions.MAX_ENTRIES)
                        .description("vendor-specific settings, string to string; published to every runtime, so "
                                + "references to secrets, never secrets");
                case "starts_at", "ends_at" -> property.description("ISO-8601 instant in UTC, in the years "
                        + FieldLimits.YEAR_MIN + "-" + FieldLimits.YEAR_MAX);
                case "grants" -> property.maxItems(FieldLimits.GRANTS_MAX)
                        .description("one grant per target");
                case "acs_entrance_ids", "acs_access_group_ids", "access_level_ids" -> property
                        .maxItems(FieldLimits.LIST_MAX);
                case "wiegand_bits" -> property.minimum(java.math.BigDecimal.ONE)
                        .maximum(java.math.BigDecimal.valueOf(256));
                default -> {
                    if (name.endsWith("_id") || name.equals("secret_ref") || name.equals("serial_number")
                            || name.equals("manufacturer")) {
                        property.maxLength(FieldLimits.ID_MAX).pattern(FieldLimits.ID_PATTERN);
                    }
                }
            }
        });
    }

    private static String types(ProblemType... types) {
        var uris = new StringBuilder("problem types:");
        for (ProblemType type : types) {
            uris.append(' ').append(type.uri());
        }
        return uris.toString();
    }

    static Schema idSchema() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).minLength(1)
                .maxLength(FieldLimits.ID_MAX).pattern(FieldLimits.ID_PATTERN)
                .description("printable: no control, bidi or zero-width characters, no lone surrogates");
    }

    private static Schema problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type",
                string("stable problem type URI, " + Problem.TYPE_BASE + "{slug}; see docs/api-errors.md"));
        properties.put("title", string("short summary of the problem type"));
        properties.put("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)));
        properties.put("detail", string("what went wrong; never quotes a submitted value"));
        properties.put("instance", string("not used yet"));
        properties.put("violations", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                .items(OASFactory.createSchema().ref("#/components/schemas/Violation"))
                .description("the fields and rules broken, when known"));
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details, served as application/problem+json")
                .properties(properties)
                .required(List.of("type", "title", "status"));
    }

    private static Schema violationSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("field", string("a field name (grants[0].target_id), a JSON pointer (/grants/0/kind) or a "
                + "parameter (query.limit, path.external_id, header.If-Match)"));
        properties.put("target_id", string("the target whose vendor imposes the rule; absent for credsync's own"));
        properties.put("rule", string("stable rule id, e.g. seam.code.length, id.characters, json.enum"));
        properties.put("message", string("what the rule expects"));
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT)).properties(properties);
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }
}
