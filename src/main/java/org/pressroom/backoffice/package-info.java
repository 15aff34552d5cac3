/**
 * The editorial back office: staff roles, drafts, scheduled and embargoed publishing, uploads and the audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Back office")
package org.pressroom.backoffice;
