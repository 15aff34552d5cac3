package org.pressroom;

import java.util.UUID;

/** Stand-in account ids for services that take the acting staff member's id (accounts are UUIDs). */
public final class TestAccounts {

    private TestAccounts() {
    }

    /** The account numbered {@code n}: {@code 00000000-0000-0000-0000-00000000000n}. */
    public static UUID id(long n) {
        return new UUID(0, n);
    }
}
