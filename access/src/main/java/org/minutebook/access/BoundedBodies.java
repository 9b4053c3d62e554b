package org.minutebook.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

/**
 * A request body is at most the service's {@link LargestBody} (1 MiB, or on the command side the largest event its
 * pipeline carries): a larger one is refused with 413 before anything reads it, whether its length is declared or
 * it comes in chunks, so no oversized text is ever parsed or stored.
 */
final class BoundedBodies extends OncePerRequestFilter {

    private final AccessProblems problems;
    private final LargestBody largestBody;

    BoundedBodies(AccessProblems problems, LargestBody largestBody) {
        this.problems = problems;
        this.largestBody = largestBody;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int largest = largestBody.at(request.getRequestURI());
        if (request.getContentLengthLong() > largest) {
            tooLarge(response, largest);
            return;
        }
        if (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null) {
            byte[] body = request.getInputStream().readNBytes(largest + 1);
            if (body.length > largest) {
                tooLarge(response, largest);
                return;
            }
            chain.doFilter(new ReadBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void tooLarge(HttpServletResponse response, int largest) throws IOException {
        response.setHeader("Connection", "close");
        problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large",
                "A request body may be at most " + largest + " bytes", Map.of("largestBody", largest));
    }

    /** A chunked body, read already (within the bound), to be read again by the application. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body is read already");
                }

                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] bytes, int offset, int length) throws IOException {
                    return in.read(bytes, offset, length);
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
