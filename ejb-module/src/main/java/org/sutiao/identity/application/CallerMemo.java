package org.sutiao.identity.application;

import jakarta.enterprise.context.RequestScoped;

import java.util.HashMap;
import java.util.Map;

/**
 * The callers already read in this request ({@link CallerLookup#of}): a page or an audited API call reads its
 * caller's account several times (the view, the service, the audit entry); this keeps the first answer for the
 * rest of the request. Forgotten whenever the request changes an account ({@link CallerLookup#changed()}).
 */
@RequestScoped
public class CallerMemo {
    private final Map<String, Caller> callers = new HashMap<>();

    Caller get(String username) {
        return callers.get(username);
    }

    void put(String username, Caller caller) {
        callers.put(username, caller);
    }

    void clear() {
        callers.clear();
    }
}
