/**
 * Broadcast media: the tools that read and transcode it (ffmpeg, ffprobe), and, with the media issue, assets,
 * storage, ingest and renditions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Media")
package org.pressroom.media;
