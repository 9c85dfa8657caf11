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
 * camel-case id itself is accepted too, and so is a component that declares the field in XHTML where its id must stay
 * another ({@code <f:attribute name="serviceField" value="centerCode"/>} on {@code refer-form:center}, which tests
 * and scripts name). The one place that decides where a field's message goes; {@code ClientIdNamesTest} keeps client
 * ids out of Java.
 */
public final class FieldComponents {
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(?:\\[(\\d+)])?");

    /** The attribute by which a page declares the service field(s) a component stands for. */
    static final String SERVICE_FIELD = "serviceField";

    private FieldComponents() {
    }

    /** Where a field's error goes: beside the component ({@code exact}), or on a row or list it lies within. */
    record Placement(String clientId, boolean exact) {
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

    /**
     * The form submitted in this request, or null: the form decoded as submitted, else (an Ajax request that executes
     * only its source, a menu's change with {@code process="@this"}) the form enclosing the request's source.
     */
    public static UIForm submittedForm(FacesContext ctx) {
        if (ctx.getViewRoot() == null) {
            return null;
        }
        UIForm submitted = (UIForm) find(ctx.getViewRoot(), c -> c instanceof UIForm f && f.isSubmitted(), true);
        String source = ctx.getExternalContext().getRequestParameterMap()
                .get(jakarta.faces.component.behavior.ClientBehaviorContext.BEHAVIOR_SOURCE_PARAM_NAME);
        if (submitted != null || source == null || source.isBlank()) {
            return submitted;
        }
        UIForm[] enclosing = new UIForm[1];
        ctx.getViewRoot().invokeOnComponent(ctx, source, (c, component) -> enclosing[0] = formOf(component));
        return enclosing[0];
    }

    /**
     * Where the error of {@code field} goes in {@code form}: beside the component the whole path names
     * ({@code exact}), else on the deepest component found, named by its row (a table for a row's own error or for
     * a field of the row no component stands for; a list's input for one item of it, {@code languages[1]}); null
     * when the first segment names no component. Components inside a table are named
     * only through the table's row ({@code claims[0].amount}), never by a path's first segment.
     */
    static Placement place(FacesContext ctx, UIComponent form, String field) {
        List<Segment> path = segments(field);
        UIComponent scope = form;
        String found = null;
        String rowPrefix = null;
        int matched = 0;
        for (Segment s : path) {
            UIComponent c = find(scope, x -> standsFor(x, s), false);
            if (c == null) {
                break;
            }
            String id = rowPrefix == null ? c.getClientId(ctx) : rowPrefix + separator(ctx) + c.getId();
            found = id;
            scope = c;
            matched++;
            if (c instanceof UIData && s.row() >= 0) {
                rowPrefix = id + separator(ctx) + s.row();
            }
        }
        return found == null ? null : new Placement(found,
                matched == path.size() && path.get(path.size() - 1).row() < 0);
    }

    /** The form enclosing {@code component}, or null. */
    static UIForm formOf(UIComponent component) {
        for (UIComponent c = component; c != null; c = c.getParent()) {
            if (c instanceof UIForm f) {
                return f;
            }
        }
        return null;
    }

    /**
     * True when {@code c} stands for the segment's field: its id is the field's name (kebab or camel case), or the
     * page declares the field on it ({@code <f:attribute name="serviceField" value="name respondents"/>}, names
     * separated by spaces) where the id must stay another (a shared include, an id a test or script relies on).
     */
    private static boolean standsFor(UIComponent c, Segment s) {
        return standsFor(c.getId(), c.getAttributes().get(SERVICE_FIELD), s);
    }

    /** As {@link #standsFor(UIComponent, Segment)} for a component's id and its declared {@code serviceField}. */
    static boolean standsFor(String id, Object declared, Segment s) {
        if (s.id().equals(id) || s.camel().equals(id)) {
            return true;
        }
        return declared instanceof String names && List.of(names.trim().split("\\s+")).contains(s.camel());
    }

    private static UIComponent find(UIComponent root, java.util.function.Predicate<UIComponent> test,
                                    boolean intoTables) {
        Iterator<UIComponent> kids = root.getFacetsAndChildren();
        while (kids.hasNext()) {
            UIComponent k = kids.next();
            if (test.test(k)) {
                return k;
            }
            // a field names a table's components through its rows only
            UIComponent deeper = k instanceof UIData && !intoTables ? null : find(k, test, intoTables);
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
