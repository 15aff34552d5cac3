package org.pressroom.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * What a signed download link allows: one file of one asset, for one account (or for anyone, for a public
 * file fetched without an account), until it expires.
 *
 * @param account the account the link was given to, or null
 * @param rendition the file's name ({@code broadcast}, {@code original}, {@code high}...)
 * @param lang the language of the page the link was given on (a photo's caption, and so its file name, has one per language)
 */
record DownloadGrant(UUID account, Asset.Type type, long assetId, String rendition, Instant expires, String lang) {
}
