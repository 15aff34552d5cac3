/**
 * Downloads of broadcast files: who may download what, signed links, files sent like a static file server (ranges,
 * conditional requests), the download log and its statistics, the basket and its ZIP.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Delivery")
package org.pressroom.delivery;
