package io.credsync.model.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import io.credsync.model.validation.InvalidInputException;

/**
 * A payload that is not valid JSON for a contract: {@code json.syntax} (not JSON at all: truncated, bad bytes, too
 * deep) or {@code json.shape} (JSON of the wrong shape: types, enum values, required parts). The message names the
 * type and the location, never the value.
 */
public class ContractParseException extends InvalidInputException {

    public ContractParseException(Class<?> type, Exception cause) {
        super(ruleOf(cause), "not a valid " + type.getSimpleName() + ": " + describe(cause), cause);
    }

    private static String ruleOf(Exception cause) {
        return cause instanceof JsonParseException || cause instanceof StreamConstraintsException
                || cause instanceof java.io.CharConversionException ? "json.syntax" : "json.shape";
    }

    private static String describe(Exception cause) {
        if (cause instanceof JsonProcessingException jpe) {
            // getOriginalMessage() omits the source snippet, which could contain a secret
            var location = jpe.getLocation();
            return jpe.getOriginalMessage() + (location == null
                    ? ""
                    : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")");
        }
        return cause.getClass().getSimpleName();
    }
}
