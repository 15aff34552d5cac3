package org.pressroom.account;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A staff member as the back office lists them.
 *
 * @param roles the roles granted (not the ones they include)
 * @param active whether the account can sign in: its address proven and a password chosen
 * @param enrolled whether a second factor is set up
 */
public record StaffMember(UUID id, String email, String name, Set<StaffRole> roles, boolean active, boolean enrolled,
                          Instant since) {
}
