package org.sutiao.roster.application;

import org.sutiao.audit.application.Audited;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.sutiao.identity.domain.Role;
import org.sutiao.roster.domain.CertificationStatus;
import org.sutiao.roster.domain.NationalRosterEntry;
import org.sutiao.roster.infrastructure.RosterExcel;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.domain.InvalidInputException;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The national mediator roster (approved data only; 特邀调解规定 Art. 8, notice 法办〔2024〕623号 §4(3)): search by
 * region, industry, specialty, language, employment, certification and status, page by page; counts per region and
 * per industry; Excel export of the filtered list. Read by HQ, courts (to invite), centers and parties (to name a
 * mediator); it holds no identity numbers or phone numbers.
 */
@Stateless
@Audited
@RolesAllowed({Role.HQ, Role.CLERK, Role.SUPERVISOR, Role.CENTER, Role.PARTY_ROLE, Role.MEDIATOR_ROLE, Role.SYSTEM})
public class NationalRosterService {
    /** Fields a list may be sorted by (API {@code sort} parameter). */
    public static final Set<String> SORTABLE = Set.of("code", "name", "region", "centerCode", "yearsExperience",
            "trainingHours", "certValidTo");
    /** Largest page. */
    public static final int MAX_PAGE = 500;

    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    RosterExcel excel;
    @Inject
    Clock clock;

    /**
     * One page of the filtered roster.
     *
     * @param first    offset, ≥ 0
     * @param pageSize 1–{@value #MAX_PAGE}
     * @param sort     one of {@link #SORTABLE}, default {@code code}
     * @throws InvalidInputException when paging or sort is out of range
     */
    public List<NationalRosterEntry> search(RosterFilter filter, int first, int pageSize, String sort,
                                           boolean ascending) {
        if (first < 0) {
            throw new InvalidInputException("first", "validation.min", 0);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE) {
            throw new InvalidInputException("pageSize", "validation.range", 1, MAX_PAGE);
        }
        String field = sort == null || sort.isBlank() ? "code" : sort;
        if (!SORTABLE.contains(field)) {
            throw new InvalidInputException("sort", "validation.value", field);
        }
        String path = field.equals("trainingHours") ? "e.trainingHours" : "e.snapshot." + field;
        Where w = where(filter);
        TypedQuery<NationalRosterEntry> q = em.createQuery("select e from NationalRosterEntry e" + w.jpql
                + " order by " + path + (ascending ? " asc" : " desc") + ", e.snapshot.code", NationalRosterEntry.class);
        w.bind(q);
        return q.setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    /** How many entries the filter matches. */
    public long count(RosterFilter filter) {
        Where w = where(filter);
        TypedQuery<Long> q = em.createQuery("select count(e) from NationalRosterEntry e" + w.jpql, Long.class);
        w.bind(q);
        return q.getSingleResult();
    }

    /** Matching entries per region, largest first. */
    public Map<String, Long> countsByRegion(RosterFilter filter) {
        return grouped("e.snapshot.region", filter);
    }

    /** Matching entries per industry (local centers have none: key ""), largest first. */
    public Map<String, Long> countsByIndustry(RosterFilter filter) {
        return grouped("e.snapshot.industry", filter);
    }

    /**
     * Writes the filtered roster as an .xlsx workbook (one sheet, Chinese or English headings and values).
     *
     * @return the number of mediators written
     * @throws IOException when the stream fails
     */
    @RolesAllowed({Role.HQ, Role.CLERK, Role.SUPERVISOR, Role.CENTER})
    @Audited
    public int exportXlsx(RosterFilter filter, Locale locale, OutputStream out) throws IOException {
        LocalDate today = today();
        List<NationalRosterEntry> rows = new ArrayList<>();
        int first = 0;
        List<NationalRosterEntry> page;
        do {
            page = search(filter, first, MAX_PAGE, "code", true);
            rows.addAll(page);
            first += MAX_PAGE;
            em.clear();
        } while (page.size() == MAX_PAGE);
        excel.write(rows, today, locale, out);
        return rows.size();
    }

    /** Today in Beijing (certificate states are judged on it). */
    public LocalDate today() {
        return BusinessTime.dateOf(clock.instant());
    }

    private Map<String, Long> grouped(String path, RosterFilter filter) {
        Where w = where(filter);
        TypedQuery<Object[]> q = em.createQuery("select " + path + ", count(e) from NationalRosterEntry e" + w.jpql
                + " group by " + path + " order by count(e) desc, " + path, Object[].class);
        w.bind(q);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : q.getResultList()) {
            counts.put(row[0] == null ? "" : (String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    private Where where(RosterFilter f) {
        Where w = new Where();
        if (f == null) {
            return w;
        }
        w.eq("e.snapshot.region", "region", f.region());
        w.eq("e.snapshot.industry", "industry", f.industry());
        w.eq("e.snapshot.centerCode", "centerCode", f.centerCode());
        if (present(f.specialty())) {
            w.add("e.snapshot.specialties like :specialty escape '\\'", "specialty", "%;" + literal(f.specialty()) + ";%");
        }
        if (present(f.language())) {
            w.add("e.snapshot.languages like :language escape '\\'", "language", "%;" + literal(f.language()) + ";%");
        }
        if (f.employment() != null) {
            w.add("e.snapshot.employment = :employment", "employment", f.employment());
        }
        if (f.status() != null) {
            w.add("e.snapshot.status = :status", "status", f.status());
        }
        if (present(f.text())) {
            w.add("(lower(e.snapshot.name) like :text escape '\\' or lower(e.snapshot.code) like :text escape '\\'"
                    + " or lower(e.snapshot.centerName) like :text escape '\\')", "text",
                    "%" + literal(f.text()).toLowerCase(Locale.ROOT) + "%");
        }
        if (f.certification() != null) {
            LocalDate today = today();
            LocalDate soon = today.plusDays(CertificationStatus.EXPIRING_WITHIN_DAYS);
            switch (f.certification()) {
                case NONE -> w.add("e.snapshot.certNumber is null", null, null);
                case EXPIRED -> w.add("e.snapshot.certNumber is not null and e.snapshot.certValidTo < :today",
                        "today", today);
                case EXPIRING -> {
                    w.add("e.snapshot.certNumber is not null and e.snapshot.certValidTo >= :today", "today", today);
                    w.add("e.snapshot.certValidTo < :soon", "soon", soon);
                }
                case VALID -> w.add("e.snapshot.certNumber is not null and (e.snapshot.certValidTo is null"
                        + " or e.snapshot.certValidTo >= :soon)", "soon", soon);
            }
        }
        return w;
    }

    /** The text as a LIKE literal: {@code %} and {@code _} match themselves (escape character {@code \}). */
    private static String literal(String s) {
        return s.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /** A WHERE clause with its parameters (all values bound, never inlined). */
    private static final class Where {
        private String jpql = "";
        private final Map<String, Object> params = new LinkedHashMap<>();

        void eq(String path, String name, String value) {
            if (present(value)) {
                add(path + " = :" + name, name, value.strip());
            }
        }

        void add(String condition, String name, Object value) {
            jpql += (jpql.isEmpty() ? " where " : " and ") + condition;
            if (name != null) {
                params.put(name, value);
            }
        }

        void bind(TypedQuery<?> q) {
            params.forEach(q::setParameter);
        }
    }
}
