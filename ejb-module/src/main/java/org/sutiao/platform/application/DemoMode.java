package org.sutiao.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.platform.domain.PlatformSetting;
import org.sutiao.shared.infrastructure.Settings;

/**
 * Whether this server runs the demo (training) platform: the demo switch ({@code SUTIAO_DEMO_DATA} /
 * {@code sutiao.demo-data}) is on <em>and</em> the database was created with demo data ({@code platform_setting},
 * issue 13 §2) — a production database never is, whatever the switch says. In the demo nothing leaves the platform,
 * so a confirmation code that would be sent by e-mail or text message is also shown to the person who asked for it.
 */
@ApplicationScoped
public class DemoMode {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    private volatile Boolean demoDatabase;

    /** True on the demo platform (the switch is read on each call; the database's fact once, it never changes). */
    public boolean enabled() {
        if (!Settings.fromEnvironment().flag(Settings.DEMO_DATA, false)) {
            return false;
        }
        Boolean db = demoDatabase;
        if (db == null) {
            PlatformSetting recorded = em.find(PlatformSetting.class, PlatformSetting.DEMO_DATA);
            db = recorded != null && Boolean.parseBoolean(recorded.value());
            demoDatabase = db;
        }
        return db;
    }
}
