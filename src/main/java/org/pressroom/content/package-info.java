/**
 * What the press office publishes: articles, events with their programmes, transcripts, photos and galleries, in every language.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Content")
package org.pressroom.content;
