package io.credsync.testsupport;

import java.net.URL;
import java.net.URLClassLoader;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Quarkus loads this library once per test application; the servers must still be one per JVM. */
class JvmWideTest {

    @Test
    void shouldShareTheBrokerWithACopyInAnotherClassLoader() throws Exception {
        try (URLClassLoader quarkusLike = isolatedCopyOfThisLibrary()) {
            Class<?> copy = quarkusLike.loadClass(TestKafka.class.getName());

            Object bootstrapServers = copy.getMethod("bootstrapServers").invoke(null);

            assertThat(copy).isNotSameAs(TestKafka.class);
            assertThat(bootstrapServers).isEqualTo(TestKafka.bootstrapServers());
        }
    }

    @Test
    void shouldShareThePostgresServerWithACopyInAnotherClassLoader() throws Exception {
        try (URLClassLoader quarkusLike = isolatedCopyOfThisLibrary()) {
            Class<?> copy = quarkusLike.loadClass(TestPostgres.class.getName());

            Object database = copy.getMethod("freshDatabase", String.class).invoke(null, "copy");
            String jdbcUrl = (String) database.getClass().getMethod("jdbcUrl").invoke(database);

            String ours = TestPostgres.freshDatabase("ours").jdbcUrl();
            assertThat(serverPart(jdbcUrl)).isEqualTo(serverPart(ours));
        }
    }

    /** This library's classes again, as Quarkus would load them: not delegated to the system class loader. */
    private static URLClassLoader isolatedCopyOfThisLibrary() {
        URL library = TestKafka.class.getProtectionDomain().getCodeSource().getLocation();
        ClassLoader everythingElse = new ClassLoader(ClassLoader.getSystemClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith(TestKafka.class.getPackageName() + ".")) {
                    throw new ClassNotFoundException(name);
                }
                return super.loadClass(name, resolve);
            }
        };
        return new URLClassLoader(new URL[]{library}, everythingElse);
    }

    private static String serverPart(String jdbcUrl) {
        return jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/'));
    }
}
