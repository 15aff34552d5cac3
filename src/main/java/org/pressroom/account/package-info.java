/**
 * The free multimedia account of journalists and broadcasters: registration with an e-mailed code, log-in, password reset, sessions and the account page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Account")
package org.pressroom.account;
