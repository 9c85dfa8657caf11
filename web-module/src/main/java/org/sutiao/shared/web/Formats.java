package org.sutiao.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.domain.Money;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Display formats for pages: instants in Beijing time with the offset, ISO dates, money with grouping and its currency code. */
@Named
@ApplicationScoped
public class Formats {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    /** {@code 2026-01-12 10:15 +08:00}: Beijing time with its offset (issue 9 §4), or empty. */
    public String instant(Instant i) {
        return beijing(i);
    }

    /** {@code 2026-01-12 10:15 +08:00}: Beijing time with its offset, or empty; for pages and page beans. */
    public static String beijing(Instant i) {
        return i == null ? "" : DATE_TIME.format(i.atZone(BusinessTime.ZONE));
    }

    /** {@code 2026-01-15}, or empty. */
    public String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** {@code CNY 452,000.00}, or empty for a non-monetary value. */
    public String money(Money m) {
        if (m == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return m.currency() + " " + f.format(m.amount());
    }

    /** Values joined by the Chinese enumeration comma (商事合同、跨境贸易). */
    public String join(List<String> values) {
        return values == null ? "" : String.join("、", values);
    }

    /** A timeline entry's detail in the page's language ({@link EventDetails}). */
    public String eventDetail(String detail) {
        jakarta.faces.context.FacesContext ctx = jakarta.faces.context.FacesContext.getCurrentInstance();
        java.util.ResourceBundle bundle = ctx.getApplication().getResourceBundle(ctx, "msg");
        return EventDetails.localize(detail, key -> bundle.containsKey(key) ? bundle.getString(key) : null);
    }

    /** File size in KB or MB. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
