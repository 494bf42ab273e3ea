package io.credsync.testsupport.arch;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The boundaries of the vendor slices, checked on the classes an application really contains (its runtime, the
 * vendor modules, the SPI and the contracts):
 * <ul>
 * <li>the SPI sees only the contracts ({@code io.credsync.model}) and the JDK;</li>
 * <li>a vendor module sees only itself, the SPI, the contracts, the JDK and JSON: never another vendor, never a
 * runtime, Quarkus, Kafka or a database driver;</li>
 * <li>nothing outside a vendor module reaches into it: runtimes know vendors only through the SPI.</li>
 * </ul>
 */
public final class SliceBoundaries {

    public static final String SPI = "io.credsync.vendor.spi..";
    private static final String VENDORS = "io.credsync.vendor.";
    private static final String[] ALWAYS_ALLOWED = {"java..", "javax..", "io.credsync.model..",
            "com.fasterxml.jackson..", "org.jboss.logging.."};

    private SliceBoundaries() {
    }

    /** Every rule, for the vendor packages found in {@code classes} ({@code io.credsync.vendor.<vendor>}). */
    public static List<ArchRule> rules(JavaClasses classes) {
        var rules = new ArrayList<ArchRule>();
        rules.add(classes().that().resideInAPackage(SPI).should().onlyDependOnClassesThat()
                .resideInAnyPackage(with(ALWAYS_ALLOWED, SPI))
                .because("the SPI is plain Java over the contracts: plug-ins and runtimes both build on it"));
        for (String vendor : vendors(classes)) {
            String own = VENDORS + vendor + "..";
            rules.add(classes().that().resideInAPackage(own).should().onlyDependOnClassesThat()
                    .resideInAnyPackage(with(ALWAYS_ALLOWED, SPI, own))
                    .because("a vendor module sees the SPI and the contracts only (docs/adding-a-vendor.md)"));
            rules.add(noClasses().that().resideOutsideOfPackage(own).should().dependOnClassesThat()
                    .resideInAPackage(own)
                    .because("runtimes and other vendors know a vendor only through the SPI"));
        }
        return rules;
    }

    /** The vendor module packages present, e.g. {@code jetstream}, {@code seam}. */
    public static Set<String> vendors(JavaClasses classes) {
        var vendors = new TreeSet<String>();
        for (JavaClass c : classes) {
            String pkg = c.getPackageName();
            if (pkg.startsWith(VENDORS) && !pkg.startsWith("io.credsync.vendor.spi")) {
                String rest = pkg.substring(VENDORS.length());
                vendors.add(rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest);
            }
        }
        return vendors;
    }

    private static String[] with(String[] base, String... more) {
        var all = new ArrayList<>(List.of(base));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
