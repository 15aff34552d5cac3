package org.pressroom.media;

import java.nio.file.Path;
import java.util.List;

/**
 * The renditions to make of one master, in the order to make them.
 *
 * @param master the master file the commands read
 * @param probe what the master holds
 * @param renditions one ffmpeg command each
 */
public record RenditionPlan(Path master, ProbeResult probe, List<PlannedRendition> renditions) {

    public RenditionPlan {
        renditions = List.copyOf(renditions);
    }
}
