package org.pressroom.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** What other modules may ask about the reader: whether a verified multimedia account is logged in. */
public final class MediaAccounts {

    /** The authority of a logged-in, verified multimedia account. */
    static final String ROLE = "ROLE_MEDIA";

    private MediaAccounts() {
    }

    /** The logged-in, verified multimedia account of the current request, if there is one. */
    public static java.util.Optional<AccountPrincipal> current() {
        return isLoggedIn() ? java.util.Optional.ofNullable(AccountSession.current()) : java.util.Optional.empty();
    }

    /** Whether the current request comes from a logged-in, verified multimedia account. */
    public static boolean isLoggedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && authentication.getAuthorities().stream().anyMatch(authority -> ROLE.equals(authority.getAuthority()));
    }
}
