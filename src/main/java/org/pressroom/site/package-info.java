/**
 * The public shell of the press room: layout, navigation, languages in the URL, organisation settings,
 * theme, error pages and the web security baseline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site")
package org.pressroom.site;
