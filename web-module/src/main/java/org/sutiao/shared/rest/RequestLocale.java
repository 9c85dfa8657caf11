package org.sutiao.shared.rest;

import jakarta.ws.rs.core.HttpHeaders;
import org.sutiao.shared.application.Messages;

import java.util.Locale;

/** The language of an API request's labels and problems: its Accept-Language, Chinese by default ({@link Messages}). */
public final class RequestLocale {
    private RequestLocale() {
    }

    /** The locale the request asks for; Chinese when it asks for none, for one not offered, or has no headers. */
    public static Locale of(HttpHeaders headers) {
        return Messages.fromHeader(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
