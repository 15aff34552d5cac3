package org.pressroom.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff as the back office manages them: accounts with roles. Inviting, granting and removing roles (never
 * deleted: a removed role keeps when and by whom), the one-time links that create the first administrator or
 * let an invited member choose a password, and resetting a lost second factor.
 */
@Service
public class StaffAccounts {

    /** What a change of roles gave. */
    public enum Change { DONE, UNCHANGED, LAST_ADMIN, NOT_FOUND }

    /** What using a one-time link gave. */
    enum LinkUse { DONE, DEAD, EXISTING_ACCOUNT_PASSWORD_WRONG }

    private final AccountRepository accounts;
    private final StaffRoleGrantRepository grants;
    private final SecondFactorRepository factors;
    private final RecoveryCodeRepository recoveryCodes;
    private final StaffLinkRepository links;
    private final AuthEventRepository audit;
    private final PasswordEncoder passwords;
    private final Clock clock;

    StaffAccounts(AccountRepository accounts, StaffRoleGrantRepository grants, SecondFactorRepository factors,
                  RecoveryCodeRepository recoveryCodes, StaffLinkRepository links, AuthEventRepository audit,
                  PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.grants = grants;
        this.factors = factors;
        this.recoveryCodes = recoveryCodes;
        this.links = links;
        this.audit = audit;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** The staff member signed in on the current request with both factors, if any. */
    public static Optional<AccountPrincipal> signedIn() {
        return AccountSession.currentStaffRoles().isEmpty() ? Optional.empty() : Optional.ofNullable(AccountSession.current());
    }

    /** The roles of the current request's staff session, included ones too. */
    public static Set<StaffRole> signedInRoles() {
        return AccountSession.currentStaffRoles();
    }

    /** Whether any account that still exists holds a role. */
    @Transactional(readOnly = true)
    public boolean anyStaff() {
        return grants.anyLive();
    }

    /** The roles granted to an account that can sign in (verified, not deleted); empty for anyone else. */
    @Transactional(readOnly = true)
    public Set<StaffRole> roles(UUID accountId) {
        Optional<Account> account = accounts.findById(accountId).filter(Account::isVerified);
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        account.ifPresent(a -> grants.findLive(a.id()).forEach(grant -> roles.add(grant.role())));
        return roles;
    }

    /** Everyone who holds a role, by the date of their first one. */
    @Transactional(readOnly = true)
    public List<StaffMember> staff() {
        Map<UUID, Set<StaffRole>> roles = new LinkedHashMap<>();
        Map<UUID, Instant> since = new LinkedHashMap<>();
        for (StaffRoleGrant grant : grants.findAllLive()) {
            roles.computeIfAbsent(grant.accountId(), id -> EnumSet.noneOf(StaffRole.class)).add(grant.role());
            since.merge(grant.accountId(), grant.grantedAt(), (a, b) -> a.isBefore(b) ? a : b);
        }
        return accounts.findAllById(roles.keySet()).stream().filter(account -> !account.isDeleted())
                .map(account -> member(account, roles.get(account.id()), since.get(account.id())))
                .sorted(Comparator.comparing(StaffMember::since)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<StaffMember> member(UUID accountId) {
        return staff().stream().filter(member -> member.id().equals(accountId)).findFirst();
    }

    /**
     * Gives a role to the owner of an address. Without an account, one is made with no usable password; when the
     * account cannot sign in yet, a one-time link to choose a password is issued (its token is returned, to be
     * e-mailed). An existing account keeps its password.
     */
    @Transactional
    public StaffInvitation invite(String email, String firstName, String lastName, String language, StaffRole role,
                                  UUID by, Duration linkLifetime) {
        Instant now = clock.instant();
        String address = email.strip();
        Optional<Account> existing = accounts.findByEmailKey(EmailAddress.key(address));
        Account account = existing.orElseGet(() -> accounts.saveAndFlush(new Account(UUID.randomUUID(),
                new Registration(address, firstName, lastName, "", MediaKind.OTHER, "", language),
                passwords.encode(Secrets.token()), "", now)));
        record(AuthEvent.Type.STAFF_INVITED, account.id());
        grant(account.id(), role, by);
        String token = null;
        if (!account.isVerified()) {
            token = Secrets.token();
            links.save(new StaffLink(Secrets.tokenHash(token), StaffLink.Purpose.PASSWORD, account.id(), now, now.plus(linkLifetime)));
        }
        return new StaffInvitation(account.id(), account.email(), token, existing.isEmpty());
    }

    @Transactional
    public Change grant(UUID accountId, StaffRole role, UUID by) {
        if (accounts.findById(accountId).filter(account -> !account.isDeleted()).isEmpty()) {
            return Change.NOT_FOUND;
        }
        if (grants.findLive(accountId).stream().anyMatch(grant -> grant.role() == role)) {
            return Change.UNCHANGED;
        }
        grants.save(new StaffRoleGrant(accountId, role, clock.instant(), by));
        record(AuthEvent.Type.ROLE_GRANTED, accountId);
        return Change.DONE;
    }

    /** Removes a role (the row stays, with when and by whom). The last administrator keeps theirs. */
    @Transactional
    public Change revoke(UUID accountId, StaffRole role, UUID by) {
        Optional<StaffRoleGrant> live = grants.findLive(accountId).stream().filter(grant -> grant.role() == role).findFirst();
        if (live.isEmpty()) {
            return Change.UNCHANGED;
        }
        if (role == StaffRole.ADMIN && staff().stream().filter(member -> member.roles().contains(StaffRole.ADMIN)).count() <= 1) {
            return Change.LAST_ADMIN;
        }
        live.get().revoke(clock.instant(), by);
        record(AuthEvent.Type.ROLE_REVOKED, accountId);
        return Change.DONE;
    }

    /** A staff member lost their phone and recovery codes: they enrol again at their next sign-in. */
    @Transactional
    public Change resetSecondFactor(UUID accountId) {
        if (factors.findById(accountId).isEmpty()) {
            return Change.UNCHANGED;
        }
        factors.deleteById(accountId);
        recoveryCodes.deleteByAccount(accountId);
        record(AuthEvent.Type.SECOND_FACTOR_RESET, accountId);
        return Change.DONE;
    }

    /** A one-time link that creates the first administrator, for when there is no staff at all; returns its token. */
    @Transactional
    public String issueSetupLink(Duration lifetime) {
        Instant now = clock.instant();
        String token = Secrets.token();
        links.save(new StaffLink(Secrets.tokenHash(token), StaffLink.Purpose.SETUP, null, now, now.plus(lifetime)));
        return token;
    }

    /** The newest accounts of any kind, for the dashboard (no address: the dashboard is seen by every editor). */
    @Transactional(readOnly = true)
    public List<NewAccount> newestAccounts() {
        return accounts.findTop10ByStatusNotOrderByCreatedAtDesc(Account.Status.DELETED).stream()
                .map(a -> new NewAccount(a.id(), (a.firstName() + " " + a.lastName()).strip(), a.organisation(),
                        a.mediaKind(), a.country(), a.isVerified(), a.createdAt()))
                .toList();
    }

    /** The live link of a token and purpose; for a setup link, only while there is still no staff. */
    @Transactional(readOnly = true)
    Optional<StaffLink> liveLink(String token, StaffLink.Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return links.findByTokenHash(Secrets.tokenHash(token))
                .filter(link -> link.purpose() == purpose && link.isLive(clock.instant()))
                .filter(link -> purpose != StaffLink.Purpose.SETUP || !grants.anyLive());
    }

    /** The account a password link is for, for its form (the address shown, the name asked when missing). */
    @Transactional(readOnly = true)
    Optional<AccountDetails> linkAccount(String token) {
        return liveLink(token, StaffLink.Purpose.PASSWORD).flatMap(link -> accounts.findById(link.accountId()))
                .map(AccountDetails::of);
    }

    /**
     * The setup link's form: the first administrator. An address that already has an account becomes
     * administrator only with that account's password.
     */
    @Transactional
    LinkUse completeSetup(String token, String email, String firstName, String lastName, String password, String language,
                          Client client) {
        Instant now = clock.instant();
        Optional<StaffLink> link = links.lockByTokenHash(Secrets.tokenHash(token == null ? "" : token))
                .filter(l -> l.purpose() == StaffLink.Purpose.SETUP && l.isLive(now));
        if (link.isEmpty() || grants.anyLive()) {
            audit.save(new AuthEvent(now, AuthEvent.Type.STAFF_LINK_REFUSED, null, client.ip(), client.userAgent()));
            return LinkUse.DEAD;
        }
        Optional<Account> existing = accounts.findByEmailKey(EmailAddress.key(email));
        Account account;
        if (existing.isPresent()) {
            account = existing.get();
            if (!passwords.matches(password, account.passwordHash())) {
                return LinkUse.EXISTING_ACCOUNT_PASSWORD_WRONG;
            }
            if (!account.isVerified()) {
                account.passwordSetByLink(account.passwordHash(), now);
            }
        } else {
            account = accounts.saveAndFlush(new Account(UUID.randomUUID(),
                    new Registration(email, firstName, lastName, "", MediaKind.OTHER, "", language),
                    passwords.encode(password), "", now));
            account.verified(now);
        }
        link.get().used(now);
        grants.save(new StaffRoleGrant(account.id(), StaffRole.ADMIN, now, account.id()));
        audit.save(new AuthEvent(now, AuthEvent.Type.STAFF_SETUP, account.id(), client.ip(), client.userAgent()));
        return LinkUse.DONE;
    }

    /** An invited staff member's password link: the password set, the address thereby proven, the link spent. */
    @Transactional
    LinkUse choosePassword(String token, String firstName, String lastName, String password, Client client) {
        Instant now = clock.instant();
        Optional<StaffLink> link = links.lockByTokenHash(Secrets.tokenHash(token == null ? "" : token))
                .filter(l -> l.purpose() == StaffLink.Purpose.PASSWORD && l.isLive(now));
        Optional<Account> account = link.flatMap(l -> accounts.findById(l.accountId())).filter(a -> !a.isDeleted());
        if (account.isEmpty()) {
            audit.save(new AuthEvent(now, AuthEvent.Type.STAFF_LINK_REFUSED, null, client.ip(), client.userAgent()));
            return LinkUse.DEAD;
        }
        Account found = account.get();
        if (found.firstName().isBlank() && firstName != null && !firstName.isBlank()) {
            found.named(firstName.strip(), lastName == null ? "" : lastName.strip());
        }
        found.passwordSetByLink(passwords.encode(password), now);
        link.get().used(now);
        audit.save(new AuthEvent(now, AuthEvent.Type.STAFF_PASSWORD_SET, found.id(), client.ip(), client.userAgent()));
        return LinkUse.DONE;
    }

    private StaffMember member(Account account, Set<StaffRole> roles, Instant since) {
        return new StaffMember(account.id(), account.email(), (account.firstName() + " " + account.lastName()).strip(),
                roles, account.isVerified(), factors.existsById(account.id()), since);
    }

    private void record(AuthEvent.Type type, UUID accountId) {
        audit.save(new AuthEvent(clock.instant(), type, accountId, null, null));
    }
}
