package org.pressroom.account;

/** What an e-mailed code proves: the address of a new account, or the right to choose a new password. */
enum CodePurpose {
    REGISTRATION, PASSWORD_RESET
}
