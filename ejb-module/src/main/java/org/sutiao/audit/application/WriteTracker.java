package org.sutiao.audit.application;

/**
 * Which thread is inside an audited call, how deep, and whether that call wrote anything: the JPA listener
 * ({@link org.sutiao.audit.infrastructure.WriteListener}) marks a write on every insert, update or delete of a
 * business entity, also in nested calls and nested transactions on the same thread. Only the outermost audited call
 * records an entry, so a service that calls another is audited once, under the name the caller used.
 */
public final class WriteTracker {
    private static final ThreadLocal<State> STATE = ThreadLocal.withInitial(State::new);

    private static final class State {
        int depth;
        boolean wrote;
    }

    private WriteTracker() {
    }

    /** Enters an audited call; true when it is the outermost on this thread (then the write mark starts clear). */
    static boolean enter() {
        State s = STATE.get();
        if (s.depth++ == 0) {
            s.wrote = false;
            return true;
        }
        return false;
    }

    /** Leaves an audited call; the outermost one clears the thread's state. */
    static void exit() {
        State s = STATE.get();
        if (--s.depth <= 0) {
            STATE.remove();
        }
    }

    /** True when the current outermost audited call wrote a business entity. */
    static boolean wrote() {
        return STATE.get().wrote;
    }

    /** Marks a write of a business entity by the current call (outside an audited call it is forgotten). */
    public static void markWrite() {
        State s = STATE.get();
        if (s.depth > 0) {
            s.wrote = true;
        } else {
            STATE.remove();
        }
    }
}
