/**
 * What every Pressroom node stands on: the data directory, the database (an embedded PostgreSQL when no
 * external one is configured), clear start-up failures and the start-up report.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package org.pressroom.system;
