package org.pressroom.media;

import java.time.Duration;

/**
 * How the storyboard sprite is laid out: frame {@code i} shows the video at {@code i × interval} and sits at
 * column {@code i % columns}, row {@code i / columns}. The WebVTT track tells a player which part of the sprite
 * to show for each moment, with media fragments ({@code sprite.jpg#xywh=x,y,w,h}) that players such as Video.js
 * and Vidstack understand.
 */
public record StoryboardGrid(Duration interval, int count, int columns, int rows, int tileWidth, int tileHeight) {

    /** The WebVTT thumbnails track for a video of the given length, pointing at the sprite by a relative URL. */
    public String webVtt(String spriteUrl, Duration videoLength) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n");
        for (int i = 0; i < count; i++) {
            Duration start = interval.multipliedBy(i);
            if (start.compareTo(videoLength) >= 0) {
                break;
            }
            Duration end = interval.multipliedBy(i + 1L);
            if (end.compareTo(videoLength) > 0) {
                end = videoLength;
            }
            vtt.append('\n').append(timestamp(start)).append(" --> ").append(timestamp(end)).append('\n')
                    .append(spriteUrl).append("#xywh=").append((i % columns) * tileWidth).append(',').append((i / columns) * tileHeight)
                    .append(',').append(tileWidth).append(',').append(tileHeight).append('\n');
        }
        return vtt.toString();
    }

    private static String timestamp(Duration at) {
        return String.format("%02d:%02d:%02d.%03d", at.toHours(), at.toMinutesPart(), at.toSecondsPart(), at.toMillisPart());
    }
}
