package org.pressroom.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.pressroom.account.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's basket: files of videos and photos put aside to download together as one ZIP. It is kept in
 * the database with the account, so it is still there after logging out and in again, on any device.
 */
@Component
class Basket {

    /** One file in a basket, by the asset and the file's name ({@code broadcast}, {@code high}...). */
    record Item(Asset.Type type, long assetId, String rendition, Instant added) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final DeliveryProperties properties;

    Basket(JdbcClient jdbc, Clock clock, DeliveryProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    List<Item> items(UUID account) {
        return jdbc.sql("select asset_type, asset_id, rendition, added_at from basket_item where account_id = ? order by added_at, asset_id, rendition")
                .param(account)
                .query((rs, row) -> new Item(Asset.Type.of(rs.getString(1)).orElseThrow(), rs.getLong(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    int count(UUID account) {
        return jdbc.sql("select count(*) from basket_item where account_id = ?").param(account).query(Integer.class).single();
    }

    /** The names of the asset's files that are in the basket. */
    Set<String> namesIn(UUID account, Asset asset) {
        return new HashSet<>(jdbc.sql("select rendition from basket_item where account_id = ? and asset_type = ? and asset_id = ?")
                .params(account, asset.type().code(), asset.id()).query(String.class).list());
    }

    /** Adds the file; false when the basket is full (adding what is already there changes nothing and is fine). */
    @Transactional
    boolean add(UUID account, Asset asset, Asset.File file) {
        if (count(account) >= properties.basketSize()) {
            return namesIn(account, asset).contains(file.name());
        }
        jdbc.sql("insert into basket_item (account_id, asset_type, asset_id, rendition, added_at) values (?, ?, ?, ?, ?) on conflict do nothing")
                .params(account, asset.type().code(), asset.id(), file.name(), Timestamp.from(clock.instant())).update();
        return true;
    }

    void remove(UUID account, Asset.Type type, long assetId, String rendition) {
        jdbc.sql("delete from basket_item where account_id = ? and asset_type = ? and asset_id = ? and rendition = ?")
                .params(account, type.code(), assetId, rendition).update();
    }

    void clear(UUID account) {
        jdbc.sql("delete from basket_item where account_id = ?").param(account).update();
    }

    @EventListener
    void forget(AccountDeleted deleted) {
        clear(deleted.accountId());
    }
}
