package org.sutiao.shared.rest;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.IOException;

/**
 * A request whose body declares no length (chunked transfer coding), read through a counter: once more than
 * {@code limit} bytes have been read, every further read throws {@link BodyTooLargeException}, which the API answers
 * 413 {@code request.tooLarge} ({@link ApiGuardFilter}, {@link UnreadableBodyMapper}), as it answers a body whose
 * declared length is too large before reading it (issue 13 §3).
 */
final class LimitedBodyRequest extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;
    private volatile boolean exceeded;

    LimitedBodyRequest(HttpServletRequest request, long limit) {
        super(request);
        this.limit = limit;
    }

    /** True once the body went past the limit. */
    boolean exceeded() {
        return exceeded;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            stream = new Counting(super.getInputStream());
        }
        return stream;
    }

    /** Thrown by a read past the limit (bytes). */
    static final class BodyTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLargeException(long limit) {
            super("Request body above " + limit + " bytes");
        }
    }

    private final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private long count;

        Counting(ServletInputStream in) {
            this.in = in;
        }

        private int counted(int n) throws BodyTooLargeException {
            if (n > 0) {
                count += n;
                if (count > limit) {
                    exceeded = true;
                    throw new BodyTooLargeException(limit);
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            if (exceeded) {
                throw new BodyTooLargeException(limit);
            }
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (exceeded) {
                throw new BodyTooLargeException(limit);
            }
            return counted(in.read(b, off, len));
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
