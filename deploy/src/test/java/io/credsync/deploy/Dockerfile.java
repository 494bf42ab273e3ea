package io.credsync.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A Dockerfile read the way the builder reads it: comments dropped, {@code \} continuations joined, one instruction
 * per entry. Enough for the instructions credsync's images use (FROM, LABEL, COPY, RUN, ENV, EXPOSE, USER, WORKDIR,
 * HEALTHCHECK, ENTRYPOINT).
 */
record Dockerfile(String module, List<Instruction> instructions) {

    static final String PATH = "src/main/docker/Dockerfile.jvm";

    /** One instruction: its keyword in upper case and the rest of its (joined) line. */
    record Instruction(String keyword, String arguments) {
    }

    private static final Pattern KEY_VALUE = Pattern
            .compile("([A-Za-z_][A-Za-z0-9_.\\-]*)=(\"(?:[^\"\\\\]|\\\\.)*\"|\\S*)");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Dockerfile of(String module) {
        return parse(module, Repository.read(module + "/" + PATH));
    }

    static Dockerfile parse(String module, String text) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            if (stripped.startsWith("#") || (stripped.isEmpty() && current.isEmpty())) {
                continue;
            }
            if (stripped.endsWith("\\")) {
                current.append(stripped, 0, stripped.length() - 1).append(' ');
                continue;
            }
            current.append(stripped);
            String instruction = current.toString().strip();
            current.setLength(0);
            if (!instruction.isEmpty()) {
                String[] parts = instruction.split("\\s+", 2);
                instructions.add(new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : ""));
            }
        }
        return new Dockerfile(module, List.copyOf(instructions));
    }

    List<String> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
    }

    Optional<String> last(String keyword) {
        List<String> all = all(keyword);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Every ENV (and LABEL, with {@code keyword}) pair, in order; quotes removed. */
    Map<String, String> pairs(String keyword) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String arguments : all(keyword)) {
            Matcher matcher = KEY_VALUE.matcher(arguments);
            while (matcher.find()) {
                String value = matcher.group(2);
                pairs.put(matcher.group(1), value.startsWith("\"") ? value.substring(1, value.length() - 1) : value);
            }
        }
        return pairs;
    }

    Map<String, String> env() {
        return pairs("ENV");
    }

    /** The sources of every COPY (all arguments but the destination and the --flags). */
    List<String> copySources() {
        List<String> sources = new ArrayList<>();
        for (String arguments : all("COPY")) {
            List<String> words = new ArrayList<>(List.of(arguments.split("\\s+")));
            words.removeIf(word -> word.startsWith("--"));
            sources.addAll(words.subList(0, words.size() - 1));
        }
        return sources;
    }

    /** The exec-form command of HEALTHCHECK (the JSON array after CMD). */
    Optional<List<String>> healthCheckCommand() {
        return last("HEALTHCHECK").map(arguments -> execForm(arguments.substring(arguments.indexOf("CMD") + 3)));
    }

    Optional<List<String>> entrypoint() {
        return last("ENTRYPOINT").map(Dockerfile::execForm);
    }

    static List<String> execForm(String json) {
        try {
            return JSON.readValue(json.strip(), new TypeReference<List<String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an exec-form (JSON array) command: " + json, e);
        }
    }
}
