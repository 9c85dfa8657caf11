package org.sutiao.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the component of a form that a service's field path names, so that a page bean reports an invalid field
 * beside its input without naming a client id: each segment of the path ({@code obligations[0].obligorPartyId}) is
 * a component id in kebab case ({@code obligations}, then {@code obligor-party-id} in row 0 of that table); the
 * camel-case id itself is accepted too.
 */
public final class FieldComponents {
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(?:\\[(\\d+)])?");

    private FieldComponents() {
    }

    /** One segment of a field path: the component id it names and the row index, or -1. */
    record Segment(String id, String camel, int row) {
    }

    /**
     * The segments of a service field path, or an empty list when the path has a part that is no name.
     *
     * @param field a path such as {@code reason}, {@code newDueDate} or {@code obligations[0].amount}
     */
    static List<Segment> segments(String field) {
        List<Segment> out = new ArrayList<>();
        if (field == null || field.isEmpty()) {
            return out;
        }
        for (String part : field.split("\\.")) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) {
                return List.of();
            }
            out.add(new Segment(kebab(m.group(1)), m.group(1), m.group(2) == null ? -1 : Integer.parseInt(m.group(2))));
        }
        return out;
    }

    /** {@code obligorPartyId} → {@code obligor-party-id}. */
    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The form submitted in this request, or null. */
    public static UIForm submittedForm(FacesContext ctx) {
        return ctx.getViewRoot() == null ? null
                : (UIForm) find(ctx.getViewRoot(), c -> c instanceof UIForm f && f.isSubmitted());
    }

    /**
     * The client id of the component of {@code form} that {@code field} names, the deepest one found (a row's
     * component, else its table), or null when the first segment names no component.
     */
    public static String clientId(FacesContext ctx, UIForm form, String field) {
        List<Segment> path = segments(field);
        UIComponent scope = form;
        String found = null;
        String rowPrefix = null;
        for (Segment s : path) {
            UIComponent c = find(scope, x -> s.id().equals(x.getId()) || s.camel().equals(x.getId()));
            if (c == null) {
                break;
            }
            String id = rowPrefix == null ? c.getClientId(ctx) : rowPrefix + separator(ctx) + c.getId();
            found = id;
            scope = c;
            if (c instanceof UIData && s.row() >= 0) {
                rowPrefix = id + separator(ctx) + s.row();
            }
        }
        return found;
    }

    private static UIComponent find(UIComponent root, java.util.function.Predicate<UIComponent> test) {
        Iterator<UIComponent> kids = root.getFacetsAndChildren();
        while (kids.hasNext()) {
            UIComponent k = kids.next();
            if (test.test(k)) {
                return k;
            }
            UIComponent deeper = find(k, test);
            if (deeper != null) {
                return deeper;
            }
        }
        return null;
    }

    private static String separator(FacesContext ctx) {
        return String.valueOf(jakarta.faces.component.UINamingContainer.getSeparatorChar(ctx));
    }
}
