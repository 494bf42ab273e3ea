package io.credsync.support.messaging;

import java.io.CharConversionException;
import java.io.IOException;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.Set;

import com.fasterxml.jackson.core.JacksonException;

import io.credsync.model.validation.InvalidInputException;

/**
 * The one decision every consumer and loop makes about a failure: retry it (the infrastructure is away: database,
 * broker, network) or treat the record as poison (dead-letter it and go on). Anything that is not recognisably an
 * outage is poison, so an exception nobody foresaw (a crypto provider's, a bug's) can never stop a consumer; an
 * outage is never dead-lettered, so a valid record is never lost to one.
 *
 * @param retry whether the same input may succeed later
 * @param rule a stable id of what was broken, for the {@code dead-letter-rule} header
 * @param reason a sentence for the {@code dead-letter-reason} header (never a secret value)
 */
public record FailureVerdict(boolean retry, String rule, String reason) {

    /** SQLSTATE classes caused by the data sent (22 data exception, 23 integrity constraint), not by an outage. */
    private static final Set<String> DATA_SQL_STATE_CLASSES = Set.of("22", "23");
    private static final int MAX_REASON = 500;

    public static FailureVerdict of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                return poison(invalid.rule(), invalid.getMessage());
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String sqlState = sqlState(t);
            if (sqlState != null && sqlState.length() >= 2) {
                return DATA_SQL_STATE_CLASSES.contains(sqlState.substring(0, 2))
                        ? poison("database.refused." + sqlState, "the database refused the data (SQLSTATE "
                                + sqlState + ")") // its message may quote the value
                        : retry(t);
            }
            if (isOutage(t)) {
                return retry(t);
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return poison("unexpected." + root.getClass().getSimpleName(), "processing failed: " + describe(failure));
    }

    public static boolean isRetryable(Throwable failure) {
        return of(failure).retry();
    }

    private static FailureVerdict poison(String rule, String reason) {
        return new FailureVerdict(false, rule, truncate(reason));
    }

    private static FailureVerdict retry(Throwable t) {
        return new FailureVerdict(true, "infrastructure", truncate(describe(t)));
    }

    private static boolean isOutage(Throwable t) {
        if (t instanceof JacksonException || t instanceof CharConversionException) {
            return false; // IOExceptions about bytes, not about the network
        }
        String name = t.getClass().getName();
        return t instanceof IOException
                || t instanceof InterruptedException
                || t instanceof java.util.concurrent.TimeoutException
                || t instanceof org.apache.kafka.common.errors.RetriableException
                || t instanceof org.apache.kafka.common.errors.InterruptException
                || t instanceof org.apache.kafka.common.errors.TimeoutException
                || t instanceof SQLException // without a state: the pool could not get a connection
                || name.equals("io.smallrye.mutiny.TimeoutException")
                || name.equals("io.vertx.core.impl.NoStackTraceThrowable") // "Connection is not active now"
                || name.endsWith("ClosedConnectionException")
                || name.endsWith("ConnectTimeoutException");
    }

    /** JDBC's {@code getSQLState()} or the reactive client's {@code getSqlState()} (no compile-time dependency). */
    private static String sqlState(Throwable t) {
        if (t instanceof SQLException sql) {
            return sql.getSQLState();
        }
        try {
            Method method = t.getClass().getMethod("getSqlState");
            Object state = method.invoke(t);
            return state instanceof String s ? s : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static String describe(Throwable t) {
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    private static String truncate(String s) {
        return s.length() <= MAX_REASON ? s : s.substring(0, MAX_REASON) + "…";
    }
}
