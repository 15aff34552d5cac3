/**
 * The newsletter and e-mail alerts: double opt-in subscriptions, one-click unsubscribe and sends.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Newsletter")
package org.pressroom.newsletter;
