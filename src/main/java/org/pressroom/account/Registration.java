package org.pressroom.account;

/** What a visitor gives to create an account, checked and trimmed (the password is never kept here). */
record Registration(String email, String firstName, String lastName, String organisation, MediaKind mediaKind,
                    String country, String language) {
}
