package org.pressroom.media;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Who may use the media API's restricted parts: for now the holder of the configured upload token. */
@Component
class ApiAccess {

    private final UploadProperties properties;

    ApiAccess(UploadProperties properties) {
        this.properties = properties;
    }

    boolean trusted(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (!properties.enabled() || header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(header.substring(7).strip().getBytes(StandardCharsets.UTF_8),
                properties.token().getBytes(StandardCharsets.UTF_8));
    }

    /** Why the request is refused, or null when it may go on. */
    ProblemDetail refusal(HttpServletRequest request) {
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
