package org.pressroom.backoffice;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.pressroom.delivery.DownloadStatistics;
import org.pressroom.media.PublishedVideos;

/**
 * The dashboard's downloads: per day (a bar for each, drawn as SVG with attributes only, since the pages allow no
 * inline style) and per asset, over the last days.
 */
public record DownloadChart(List<Day> days, List<AssetTotal> assets, long total, long highest) {

    /** One day's bar: its height in the chart's 100 units. */
    public record Day(LocalDate day, long downloads, long accounts, int height, int x) {
    }

    public record AssetTotal(String type, long id, String title, long downloads, long accounts) {
    }

    static DownloadChart of(DownloadStatistics statistics, PublishedVideos videos, LocalDate to, int length, ZoneId zone) {
        LocalDate from = to.minusDays(length - 1L);
        List<DownloadStatistics.DailyCount> counts = statistics.perAssetAndDay(from, to, zone);
        Map<LocalDate, long[]> perDay = new LinkedHashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            perDay.put(day, new long[2]);
        }
        Map<String, long[]> perAsset = new LinkedHashMap<>();
        for (DownloadStatistics.DailyCount count : counts) {
            long[] day = perDay.get(count.day());
            if (day != null) {
                day[0] += count.downloads();
                day[1] += count.accounts();
            }
            long[] asset = perAsset.computeIfAbsent(count.assetType() + ":" + count.assetId(), key -> new long[2]);
            asset[0] += count.downloads();
            asset[1] += count.accounts();
        }
        long highest = perDay.values().stream().mapToLong(values -> values[0]).max().orElse(0);
        List<Day> days = new ArrayList<>();
        int x = 0;
        for (Map.Entry<LocalDate, long[]> entry : perDay.entrySet()) {
            long downloads = entry.getValue()[0];
            int height = highest == 0 ? 0 : (int) Math.max(downloads > 0 ? 2 : 0, Math.round(100.0 * downloads / highest));
            days.add(new Day(entry.getKey(), downloads, entry.getValue()[1], height, x));
            x += 10;
        }
        Collection<Long> videoIds = perAsset.keySet().stream().filter(key -> key.startsWith("video:"))
                .map(key -> Long.parseLong(key.substring(6))).toList();
        Map<Long, String> titles = videos.cards(videoIds).stream()
                .collect(Collectors.toMap(PublishedVideos.VideoCard::id, PublishedVideos.VideoCard::title, (a, b) -> a));
        List<AssetTotal> assets = perAsset.entrySet().stream().map(entry -> {
            String[] key = entry.getKey().split(":");
            long id = Long.parseLong(key[1]);
            return new AssetTotal(key[0], id, "video".equals(key[0]) ? titles.get(id) : null, entry.getValue()[0], entry.getValue()[1]);
        }).sorted((a, b) -> Long.compare(b.downloads(), a.downloads())).toList();
        long total = days.stream().mapToLong(Day::downloads).sum();
        return new DownloadChart(days, assets, total, highest);
    }
}
