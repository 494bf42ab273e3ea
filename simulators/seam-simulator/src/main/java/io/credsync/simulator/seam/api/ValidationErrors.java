package io.credsync.simulator.seam.api;

import java.util.ArrayList;
import java.util.List;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Input problems collected the way Seam's API (zod behind nextlove) reports them: {@link #format()} is zod's
 * {@code error.format()} tree ({@code {"_errors":[],"field":{"_errors":["Required"]}}}) and {@link #message()} is
 * nextlove's summary ({@code "acs_user_id is required"}, {@code "2 Input Errors: ..."}).
 */
public final class ValidationErrors {

    private record Issue(List<String> path, String message) {
    }

    private final List<Issue> issues = new ArrayList<>();

    public ValidationErrors add(String message, String... path) {
        return add(message, List.of(path));
    }

    public ValidationErrors add(String message, List<String> path) {
        issues.add(new Issue(List.copyOf(path), message));
        return this;
    }

    public boolean isEmpty() {
        return issues.isEmpty();
    }

    public int size() {
        return issues.size();
    }

    public void throwIfAny() {
        if (!issues.isEmpty()) {
            throw SeamApiException.invalidInput(this);
        }
    }

    public String message() {
        if (issues.size() == 1) {
            return describe(issues.get(0));
        }
        List<String> parts = new ArrayList<>();
        issues.forEach(issue -> parts.add(describe(issue)));
        return issues.size() + " Input Errors: " + String.join(", ", parts);
    }

    public JsonObject format() {
        JsonObject root = node();
        for (Issue issue : issues) {
            JsonObject current = root;
            for (String segment : issue.path()) {
                JsonObject next = current.getJsonObject(segment);
                if (next == null) {
                    next = node();
                    current.put(segment, next);
                }
                current = next;
            }
            current.getJsonArray("_errors").add(issue.message());
        }
        return root;
    }

    private static JsonObject node() {
        return new JsonObject().put("_errors", new JsonArray());
    }

    private static String describe(Issue issue) {
        String path = String.join(".", issue.path());
        if (path.isEmpty()) {
            return issue.message();
        }
        if (issue.message().equals("Required")) {
            return path + " is required";
        }
        return issue.message() + " for \"" + path + "\"";
    }
}
