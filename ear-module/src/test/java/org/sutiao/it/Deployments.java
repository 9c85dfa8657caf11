package org.sutiao.it;

import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The archives the container tests deploy: always the real EAR built by this module; in-container tests add a
 * {@code test.war} holding the test classes and their helpers (Arquillian puts its runner there).
 */
public final class Deployments {
    private Deployments() {
    }

    /** The EAR exactly as it ships. */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("sutiao.ear")));
    }

    /** The EAR plus a test WAR with the given classes and the jars of the given library classes. */
    public static EnterpriseArchive earWithTests(Class<?>[] classes, Class<?>... libraries) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, "test.war").addClasses(classes);
        for (Class<?> lib : libraries) {
            war.addAsLibrary(new File(lib.getProtectionDomain().getCodeSource().getLocation().getPath()));
        }
        return ear().addAsModule(Testable.archiveToTest(war));
    }
}
