package org.sutiao.shared.domain;

import java.util.List;

/**
 * A message argument that is itself a bundle message, rendered in the reader's language when the outer message is
 * (a {@link DomainException} thrown in a service knows no locale). A {@code List} of them as one argument is
 * rendered as the list, joined by the bundle's {@code common.listSeparator}.
 *
 * @param key  the bundle key
 * @param args its arguments (may be MessageRefs in turn)
 */
public record MessageRef(String key, List<Object> args) {
    public MessageRef {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static MessageRef of(String key, Object... args) {
        return new MessageRef(key, java.util.Arrays.asList(args));
    }
}
