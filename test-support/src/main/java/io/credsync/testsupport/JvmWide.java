package io.credsync.testsupport;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Keeps servers one per JVM although Quarkus loads this library once per test application (each
 * {@code @TestProfile} or resource set gets its own class loader, so plain statics would start a broker per
 * application and strand the old one in a closed class loader).
 * <p>
 * The copy of this library in the system class loader, which surefire and IDEs always populate, owns the servers;
 * other copies ask it through reflection and only exchange JDK types (strings).
 */
final class JvmWide {

    private JvmWide() {
    }

    /**
     * The result of the no-arg static {@code method} of {@code owner}'s system-class-loader copy, or empty when
     * {@code owner} already is that copy (or there is none): then the caller starts the server itself.
     */
    static Optional<Object> askSystemCopy(Class<?> owner, String method) {
        ClassLoader system = ClassLoader.getSystemClassLoader();
        if (owner.getClassLoader() == system) {
            return Optional.empty();
        }
        Class<?> systemCopy;
        try {
            systemCopy = Class.forName(owner.getName(), true, system);
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
        if (systemCopy == owner) {
            return Optional.empty();
        }
        try {
            Method target = systemCopy.getDeclaredMethod(method);
            target.setAccessible(true);
            return Optional.of(target.invoke(null));
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime
                    ? runtime
                    : new IllegalStateException("Could not start the shared test server", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Incompatible copy of " + owner.getName() + " on the system class path", e);
        }
    }

    /**
     * Starts a server with this library's class loader as context loader, so the threads it spawns (which inherit
     * it) and its reflective class lookups never reach into a Quarkus application's class loader.
     */
    static <T> T startWithOwnContextLoader(Supplier<T> start) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(JvmWide.class.getClassLoader());
        try {
            return start.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
