/**
 * Downloads of broadcast files: who may download what, signed links, range requests, the download log and the basket.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Delivery")
package org.pressroom.delivery;
