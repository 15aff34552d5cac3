package org.pressroom.account;

/** What an e-mailed code proves: a new account's address, the right to choose a new password, or a new address. */
enum CodePurpose {
    REGISTRATION, PASSWORD_RESET, EMAIL_CHANGE
}
