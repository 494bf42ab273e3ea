package io.credsync.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;

/** A payload that is not valid JSON for a contract. The message names the type and the location, never the value. */
public class ContractParseException extends RuntimeException {

    public ContractParseException(Class<?> type, Exception cause) {
        super("not a valid " + type.getSimpleName() + ": " + describe(cause), cause);
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
