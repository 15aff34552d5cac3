package org.pressroom.account;

import jakarta.servlet.http.HttpServletRequest;

/** Where a request comes from, for the audit log and rate limits. */
record Client(String ip, String userAgent) {

    static Client of(HttpServletRequest request) {
        return new Client(request.getRemoteAddr(), request.getHeader("User-Agent"));
    }
}
