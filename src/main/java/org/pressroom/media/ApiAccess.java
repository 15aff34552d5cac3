package org.pressroom.media;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.http.HttpServletRequest;
import org.pressroom.account.StaffAccounts;
import org.pressroom.account.StaffRole;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Who may use the media API's restricted parts: the holder of the configured upload token, or a staff member
 * signed in as editor (the back office's uploads page), whose requests that change something must carry the
 * session's CSRF token in the {@code X-CSRF-TOKEN} header, as the session cookie alone would let another site
 * post in their name.
 */
@Component
class ApiAccess {

    private final UploadProperties properties;

    ApiAccess(UploadProperties properties) {
        this.properties = properties;
    }

    boolean trusted(HttpServletRequest request) {
        return staffEditor(request) || tokenHolder(request);
    }

    private boolean tokenHolder(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (!properties.enabled() || header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(header.substring(7).strip().getBytes(StandardCharsets.UTF_8),
                properties.token().getBytes(StandardCharsets.UTF_8));
    }

    /** An editor's session, with the CSRF token when the request changes something. */
    private static boolean staffEditor(HttpServletRequest request) {
        if (!StaffAccounts.signedInRoles().contains(StaffRole.EDITOR)) {
            return false;
        }
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            return true;
        }
        // The session's own token as Spring Security's filter loaded it (pages carry it masked, a new mask each time).
        if (!(request.getAttribute(DeferredCsrfToken.class.getName()) instanceof DeferredCsrfToken deferred)) {
            return false;
        }
        CsrfToken token = deferred.get();
        String sent = CSRF.resolveCsrfTokenValue(request, token);
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), token.getToken().getBytes(StandardCharsets.UTF_8));
    }

    private static final XorCsrfTokenRequestAttributeHandler CSRF = new XorCsrfTokenRequestAttributeHandler();

    /** Why the request is refused, or null when it may go on. */
    ProblemDetail refusal(HttpServletRequest request) {
        if (staffEditor(request)) {
            return null;
        }
        if (!properties.enabled()) {
            return problem(HttpStatus.FORBIDDEN, "Uploads are switched off",
                    "Set pressroom.media.upload.token to let a tool upload masters.");
        }
        return trusted(request) ? null : problem(HttpStatus.UNAUTHORIZED, "Token needed",
                "Send the upload token as 'Authorization: Bearer <token>'.");
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
