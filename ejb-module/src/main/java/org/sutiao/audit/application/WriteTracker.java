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

    /**
     * Runs {@code work} on this thread as part of an audited call made on another thread that handed it over (the
     * tasks of a deadline scan): audited calls within it are nested, so they record nothing of their own. The handing
     * call marks the write on its own thread ({@link #markWrite}) when this returns true.
     *
     * @return true when {@code work} wrote a business entity
     */
    public static boolean inside(Runnable work) {
        enter();
        try {
            work.run();
            return wrote();
        } finally {
            exit();
        }
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
