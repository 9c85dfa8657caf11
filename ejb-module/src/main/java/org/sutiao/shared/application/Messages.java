package org.sutiao.shared.application;

import org.sutiao.shared.domain.MessageRef;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.StringJoiner;

/**
 * The localized texts of the whole application (pages, errors, notices): bundle {@value #BUNDLE}, Chinese
 * ({@code zh}) by default, English ({@code en}) as the second language.
 */
public final class Messages {
    /** Base name of the resource bundle, also used by Faces as {@code msg}. */
    public static final String BUNDLE = "org.sutiao.i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private Messages() {
    }

    /** English when asked for English, otherwise Chinese. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : CHINESE;
    }

    /**
     * The supported language an {@code Accept-Language} header prefers: its first {@code zh} or {@code en}
     * range in order of quality; Chinese when it names neither.
     */
    public static Locale fromHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return CHINESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String lang = range.getRange().split("-")[0];
                if ("en".equals(lang)) {
                    return Locale.ENGLISH;
                }
                if ("zh".equals(lang)) {
                    return CHINESE;
                }
            }
        } catch (IllegalArgumentException e) {
            return CHINESE;
        }
        return CHINESE;
    }

    /** The enumerations whose constants a message argument may name, in the order they are tried. */
    private static final String[] LABELLED = {"caseStatus.", "mediatorStatus.", "employment.", "referralKind.",
            "ruling.", "centerStatus.", "confirmationStatus.", "documentStatus.", "accountState."};

    /**
     * Arguments with enum constant names (statuses, employment, kinds, rulings) replaced by their labels, so that a message
     * never shows {@code EXITED} or {@code IN_MEDIATION} to a person.
     */
    public static Object[] labelled(Locale locale, Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof String s && s.matches("[A-Z_]+")) {
                for (String prefix : LABELLED) {
                    String label = get(locale, prefix + s);
                    if (!label.startsWith(prefix)) {
                        out[i] = label;
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The message for {@code key} in {@code locale}, with {0}, {1}... replaced; the key itself if unknown. */
    public static String get(Locale locale, String key, Object... args) {
        Locale l = supported(locale);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, l, Messages.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, l).format(resolved(l, args));
    }

    /**
     * Arguments with every {@link MessageRef} (or list of them) rendered in {@code locale}, so that a message built
     * in a service from other messages reads in one language.
     */
    private static Object[] resolved(Locale locale, Object[] args) {
        Object[] out = args;
        for (int i = 0; i < args.length; i++) {
            Object r = resolved(locale, args[i]);
            if (r != args[i]) {
                if (out == args) {
                    out = args.clone();
                }
                out[i] = r;
            }
        }
        return out;
    }

    private static Object resolved(Locale locale, Object arg) {
        if (arg instanceof MessageRef ref) {
            return get(locale, ref.key(), ref.args().toArray());
        }
        if (arg instanceof java.util.List<?> list && !list.isEmpty()
                && list.stream().allMatch(MessageRef.class::isInstance)) {
            StringJoiner j = new StringJoiner(get(locale, "common.listSeparator"));
            list.forEach(e -> j.add(String.valueOf(resolved(locale, e))));
            return j.toString();
        }
        return arg;
    }
}
