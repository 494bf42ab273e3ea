package io.credsync.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.quarkus.test.common.WithTestResource;

/**
 * Gives a {@code @QuarkusTest} class the real Kafka broker and a fresh PostgreSQL database; see
 * {@link CredsyncInfraResource}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@WithTestResource(CredsyncInfraResource.class)
public @interface WithCredsyncInfra {

    /** Start of the database name, handy when reading a shared server's database list. */
    String databasePrefix() default CredsyncInfraResource.DEFAULT_DATABASE_PREFIX;
}
