package org.minutebook.access;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.coyote.http11.Http11Processor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.Field;

/**
 * Tomcat still speaks HTTP/0.9: a request line with no version ({@code GET /}) is answered with the body alone, no
 * status line and no headers, and nothing in its configuration turns that off. Worse, its HTTP/1.1 processor keeps
 * the "HTTP/0.9" flag in a private field that {@code recycle()} never resets (Tomcat 10.1.55), so the processor
 * answers the next connection's unparseable request line (an {@code \xff} in the URL, a line with no method) with a
 * bare body too. A client or a proxy then reads a page, the health or an error as if it were the whole answer.
 * <p>
 * The flag is cleared here, before an answer is committed, so Tomcat writes the status line and headers it
 * writes for every HTTP/1.1 answer. Reflection, because the flag has no accessor; should a Tomcat upgrade rename
 * it, a warning is logged, answers are as Tomcat writes them, and {@code MalformedRequestsTest} fails.
 */
final class Http09 {

    private static final Logger LOG = LoggerFactory.getLogger(Http09.class);
    private static final Field HOOK = field(org.apache.coyote.Response.class, "hook");
    private static final Field FLAG = field(Http11Processor.class, "http09");

    private Http09() {
    }

    /** A request line without a version: Tomcat leaves the protocol empty. */
    static boolean isAsked(Request request) {
        String protocol = request.getProtocol();
        return protocol == null || protocol.isEmpty();
    }

    /** Makes the processor answering this response write it as HTTP/1.1, status line and headers. */
    static void answerWithAStatusLine(Response response) {
        if (HOOK == null || FLAG == null) {
            return;
        }
        try {
            if (HOOK.get(response.getCoyoteResponse()) instanceof Http11Processor processor) {
                FLAG.setBoolean(processor, false);
            }
        } catch (IllegalAccessException unreachable) {
            throw new IllegalStateException(unreachable);
        }
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException | RuntimeException moved) {
            LOG.warn("Tomcat's {} has no field {} any more: an HTTP/0.9 request line may be answered with a bare "
                    + "body, without a status line", type.getName(), name);
            return null;
        }
    }
}
