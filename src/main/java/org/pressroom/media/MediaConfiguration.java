package org.pressroom.media;

import java.util.LinkedHashMap;
import java.util.Map;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.task.Task;
import org.pressroom.system.DataDirectory;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MediaConfiguration {

    @Bean
    MediaTools mediaTools(MediaProperties properties, DataDirectory dataDirectory) {
        return new MediaTools(setOrNull(properties.ffmpeg()), setOrNull(properties.ffprobe()), System.getenv("PATH"),
                dataDirectory.resolve("tools"));
    }

    @Bean
    Ffmpeg ffmpeg(MediaTools tools) {
        return new Ffmpeg(tools);
    }

    @Bean
    MediaProbe mediaProbe(MediaTools tools) {
        return new MediaProbe(tools);
    }

    @Bean
    Loudness loudness(Ffmpeg ffmpeg) {
        return new Loudness(ffmpeg);
    }

    @Bean
    RenditionMaker renditionMaker(Ffmpeg ffmpeg, MediaProbe probe) {
        return new RenditionMaker(ffmpeg, probe);
    }

    @Bean
    MediaProcessing mediaProcessing(VideoAssetRepository assets, VideoRenditionRepository renditions, MediaStorage storage,
                                    MediaProbe probe, Loudness loudness, RenditionMaker maker, DataDirectory dataDirectory,
                                    TransactionTemplate transactions, JsonMapper json, Clock clock, MediaProperties properties,
                                    org.springframework.context.ApplicationEventPublisher events) {
        return new MediaProcessing(assets, renditions, storage, probe, loudness, maker, properties.ladderOrDefaults(),
                dataDirectory, transactions, json, clock, properties.concurrency(), events);
    }

    @Bean
    Task<Void> mediaProcessingTask(MediaProcessing processing) {
        return processing.task();
    }

    /** Health says which ffmpeg and ffprobe are used, and is down when no ffmpeg runs here. */
    @Bean
    HealthIndicator mediaToolsHealthIndicator(MediaTools tools) {
        return () -> {
            Map<String, Object> details = new LinkedHashMap<>();
            tools.ffmpeg().ifPresentOrElse(tool -> details.put("ffmpeg", describe(tool)), () -> details.put("ffmpeg", "not found"));
            tools.ffprobe().ifPresentOrElse(tool -> details.put("ffprobe", describe(tool)),
                    () -> details.put("ffprobe", "not found (install the ffmpeg package, which brings ffprobe)"));
            if (!tools.problems().isEmpty()) {
                details.put("problems", tools.problems());
            }
            return (tools.ffmpeg().isPresent() ? Health.up() : Health.down()).withDetails(details).build();
        };
    }

    private static java.nio.file.Path setOrNull(java.nio.file.Path path) {
        return path == null || path.toString().isBlank() ? null : path;
    }

    private static Map<String, Object> describe(MediaTool tool) {
        return Map.of("path", tool.path().toString(), "source", tool.source().name().toLowerCase(), "version", tool.version());
    }
}
