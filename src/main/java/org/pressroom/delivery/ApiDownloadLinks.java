package org.pressroom.delivery;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.pressroom.account.AccountPrincipal;
import org.pressroom.account.MediaAccounts;
import org.pressroom.media.VideoDownloadLinks;
import org.pressroom.site.SiteLanguages;
import org.pressroom.site.SiteProperties;
import org.springframework.stereotype.Component;

/**
 * The download addresses of {@code GET /api/v1/videos/{id}}: signed links for the caller, as the panel gives
 * them. The caller is the logged-in account of the request (its session cookie); without one, only public
 * videos come with addresses.
 */
@Component
class ApiDownloadLinks implements VideoDownloadLinks {

    private final Assets assets;
    private final DownloadAccess access;
    private final DownloadLinks links;
    private final SiteProperties site;
    private final SiteLanguages languages;

    ApiDownloadLinks(Assets assets, DownloadAccess access, DownloadLinks links, SiteProperties site, SiteLanguages languages) {
        this.assets = assets;
        this.access = access;
        this.links = links;
        this.site = site;
        this.languages = languages;
    }

    @Override
    public Offer offer(long videoId) {
        String lang = languages.defaultLocale().getLanguage();
        Optional<Asset> asset = assets.find(Asset.Type.VIDEO, videoId, lang);
        if (asset.isEmpty()) {
            return new Offer("disabled", null, Map.of());
        }
        Optional<AccountPrincipal> caller = MediaAccounts.current();
        DownloadAccess.Decision decision = access.decide(asset.get(), caller);
        String name = decision.name().toLowerCase(Locale.ROOT).replace('_', '-');
        if (decision != DownloadAccess.Decision.GRANTED) {
            return new Offer(name, null, Map.of());
        }
        Map<String, String> files = new LinkedHashMap<>();
        Instant expires = null;
        for (Asset.File file : asset.get().files()) {
            DownloadGrant grant = access.grant(asset.get(), file, caller, lang);
            expires = grant.expires();
            files.put(file.name(), site.absolute(links.url(grant, asset.get().downloadName(file))));
        }
        return new Offer(name, expires, files);
    }
}
