package org.sutiao.platform.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sutiao.fees.application.FeeScheduleService;
import org.sutiao.fees.domain.FeeBasis;
import org.sutiao.fees.domain.FeeBracket;
import org.sutiao.fees.domain.FeeTerms;
import org.sutiao.roster.domain.MediationCenter;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The demo fee schedules of {@code /seed/fee-schedules.csv}: one row per center and currency, center code
 * {@code *} for every center without a row of its own in that currency, so that each demo center has a published
 * schedule. Brackets are written {@code lower-upper:percent} separated by {@code ;}, an empty upper bound for the
 * open last one ({@code 0-100000:2;100000-:1.5}); amounts in major units (yuan).
 */
@Dependent
public class DemoFeeSchedules {
    private static final Logger LOG = Logger.getLogger(DemoFeeSchedules.class.getName());
    static final String FILE = "/seed/fee-schedules.csv";

    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    FeeScheduleService fees;

    /**
     * Publishes the demo schedules as "system" when no schedule exists yet (a first start, or a database imported
     * before fee schedules existed); otherwise does nothing.
     *
     * @return how many were published
     * @throws IllegalStateException when the file is missing
     */
    public int seedIfNone() {
        if (fees.count() > 0) {
            return 0;
        }
        List<CSVRecord> rows = rows();
        List<MediationCenter> centers = em.createNamedQuery("MediationCenter.all", MediationCenter.class)
                .getResultList();
        Set<String> own = new HashSet<>();
        rows.stream().filter(r -> !"*".equals(r.get("center_code")))
                .forEach(r -> own.add(r.get("center_code") + "/" + r.get("currency")));
        int count = 0;
        for (CSVRecord r : rows) {
            FeeTerms terms = terms(r);
            for (MediationCenter c : centers) {
                boolean mine = c.code().equals(r.get("center_code"));
                boolean byDefault = "*".equals(r.get("center_code")) && !own.contains(c.code() + "/" + terms.currency());
                if (mine || byDefault) {
                    fees.seed(c, terms);
                    count++;
                }
            }
        }
        int published = count;
        LOG.info(() -> "Demo fee schedules published: " + published);
        return count;
    }

    static FeeTerms terms(CSVRecord r) {
        List<FeeBracket> brackets = new ArrayList<>();
        String spec = r.get("brackets");
        if (spec != null && !spec.isBlank()) {
            for (String part : spec.split(";")) {
                String[] rangeRate = part.strip().split(":");
                String[] bounds = rangeRate[0].split("-", -1);
                brackets.add(new FeeBracket(new BigDecimal(bounds[0]),
                        bounds[1].isBlank() ? null : new BigDecimal(bounds[1]), new BigDecimal(rangeRate[1])));
            }
        }
        String rate = r.get("hourly_rate");
        return new FeeTerms(r.get("currency"), FeeBasis.valueOf(r.get("basis")), LocalDate.parse(r.get("effective_from")),
                new BigDecimal(r.get("minimum_fee")), rate == null || rate.isBlank() ? null : new BigDecimal(rate),
                brackets, r.get("notes"));
    }

    static List<CSVRecord> rows() {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        InputStream in = DemoFeeSchedules.class.getResourceAsStream(FILE);
        if (in == null) {
            throw new IllegalStateException("Missing seed resource " + FILE);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
