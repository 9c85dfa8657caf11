package org.sutiao.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.domain.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Display formats for pages: instants in Beijing time with the offset, ISO dates, money as ¥80,000.00, short names. */
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

    /** {@code 2026-01-12}: the Beijing date of an instant, for list cells (the time in {@link #instant}). */
    public String day(Instant i) {
        return i == null ? "" : BusinessTime.dateOf(i).toString();
    }

    /** {@code 2026-01-15}, or empty. */
    public String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** {@code ¥452,000.00} ({@link Money#display()}: the one money format), or empty for a non-monetary value. */
    public String money(Money m) {
        return m == null ? "" : m.display();
    }

    /** An amount kept as its number and currency code, in the one money format ({@link Money#display(BigDecimal,
     * String)}); {@code —} when there is none. */
    public String amount(java.math.BigDecimal amount, String currency) {
        return amount == null ? "—" : Money.display(amount, currency);
    }

    /** A court's short name for lists (朝阳法院; {@link org.sutiao.shared.domain.ShortNames}); full one in a title. */
    public String court(String fullName) {
        return org.sutiao.shared.domain.ShortNames.court(fullName);
    }

    /** A center's short name for lists (北京调解中心; {@link org.sutiao.shared.domain.ShortNames}). */
    public String center(String fullName) {
        return org.sutiao.shared.domain.ShortNames.center(fullName);
    }

    /** Who did something, for people: the platform's own acts ({@code system}) as 系统, a person by display name. */
    public String actor(String displayName) {
        if (displayName == null || displayName.isBlank() || "system".equals(displayName)) {
            jakarta.faces.context.FacesContext ctx = jakarta.faces.context.FacesContext.getCurrentInstance();
            return ctx.getApplication().getResourceBundle(ctx, "msg").getString("actor.system");
        }
        return displayName;
    }

    /** The working languages offered in lists to choose from (ISO 639 codes; labels {@code language.<code>}). */
    public static final List<String> LANGUAGES = List.of("zh", "yue", "en", "fr", "de", "es", "pt", "it", "ru",
            "ar", "ja", "ko", "vi", "th", "lo", "my", "km", "ms", "id", "tr", "kk", "mn", "ug", "bo");

    /** A language's name ({@code zh} → 中文) from the bundle, or its code when the bundle has none. */
    public String language(String code) {
        if (code == null) {
            return "";
        }
        jakarta.faces.context.FacesContext ctx = jakarta.faces.context.FacesContext.getCurrentInstance();
        java.util.ResourceBundle bundle = ctx.getApplication().getResourceBundle(ctx, "msg");
        String key = "language." + code;
        return bundle.containsKey(key) ? bundle.getString(key) : code;
    }

    /** Languages by name, joined by the enumeration comma (中文、英语). */
    public String languages(List<String> codes) {
        return codes == null ? ""
                : codes.stream().map(this::language).collect(java.util.stream.Collectors.joining("、"));
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

    /**
     * A file's type by name ({@code 文件类型 PDF/图片/Word}), not its MIME type: {@code application/pdf} → PDF,
     * {@code image/*} → 图片, DOCX → Word, anything else → 其他.
     */
    public String fileType(String mimeType) {
        String kind = mimeType == null ? "other" : mimeType.equals("application/pdf") ? "pdf"
                : mimeType.startsWith("image/") ? "image"
                : mimeType.contains("wordprocessingml") || mimeType.equals("application/msword") ? "word" : "other";
        jakarta.faces.context.FacesContext ctx = jakarta.faces.context.FacesContext.getCurrentInstance();
        return ctx.getApplication().getResourceBundle(ctx, "msg").getString("fileType." + kind);
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
