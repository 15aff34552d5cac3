package org.pressroom.account;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The roles of the press office's staff. Each includes the ones below it: a publisher can do all an editor
 * can, and an administrator all a publisher can (an administrator could grant themselves any role anyway, so
 * keeping them apart would add clicks, not safety).
 */
public enum StaffRole {
    /** Writes drafts and uploads media. */
    EDITOR,
    /** Publishes, unpublishes, schedules and embargoes. */
    PUBLISHER,
    /** Manages staff and roles, site settings, the terms of use and reads the audit log. */
    ADMIN;

    /** The Spring Security authority: {@code ROLE_EDITOR}, {@code ROLE_PUBLISHER}, {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** This role and every role it includes. */
    public Set<StaffRole> included() {
        return EnumSet.range(EDITOR, this);
    }

    public String messageKey() {
        return "staff.role." + name().toLowerCase(Locale.ROOT);
    }

    /** Every role the given ones amount to, the included ones too. */
    public static Set<StaffRole> expand(Set<StaffRole> roles) {
        Set<StaffRole> all = EnumSet.noneOf(StaffRole.class);
        roles.forEach(role -> all.addAll(role.included()));
        return all;
    }
}
