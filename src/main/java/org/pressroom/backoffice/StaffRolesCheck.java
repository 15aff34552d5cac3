package org.pressroom.backoffice;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.pressroom.account.AccountPrincipal;
import org.pressroom.account.StaffAccounts;
import org.pressroom.account.StaffRole;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before any page of the back office is allowed: a staff session whose roles are no longer the account's (one
 * removed or added, the account erased) ends there, so a removed role stops working at the very next request.
 */
class StaffRolesCheck extends OncePerRequestFilter {

    private final StaffAccounts staff;

    StaffRolesCheck(StaffAccounts staff) {
        this.staff = staff;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Set<StaffRole> signedInWith = StaffAccounts.signedInRoles();
        AccountPrincipal principal = StaffAccounts.signedIn().orElse(null);
        if (principal != null && !signedInWith.equals(StaffRole.expand(staff.roles(principal.id())))) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
