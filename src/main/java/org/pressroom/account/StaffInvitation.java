package org.pressroom.account;

import java.util.UUID;

/**
 * What inviting someone gave.
 *
 * @param token the one-time link's token for choosing a password, or null when the account already has one
 * @param created whether a new account was made for the address
 */
public record StaffInvitation(UUID accountId, String email, String token, boolean created) {
}
