-- Downloads: the key that signs download links, the download log and the basket.

-- One secret shared by every node, made at the first start. Deleting the row and restarting every node revokes
-- every link handed out.
create table download_signing_key (
    id         smallint                 primary key check (id = 1),
    secret     bytea                    not null,
    created_at timestamp with time zone not null
);

-- Every request that sent (or handed over) the bytes of a file; HEAD and refused requests are not downloads.
create table download_log (
    id          bigint generated always as identity primary key,
    -- null: a public file fetched without an account
    account_id  uuid,
    -- video or photo
    asset_type  text                     not null,
    asset_id    bigint                   not null,
    rendition   text                     not null,
    file_size   bigint                   not null,
    -- where the request started in the file: 0 for a new download, more for a resumed one
    first_byte  bigint                   not null,
    bytes_asked bigint                   not null,
    -- null when they were handed to another sender (sendfile, nginx, object storage) that does not say
    bytes_sent  bigint,
    -- every byte asked for was sent; null when unknown
    complete    boolean,
    -- pressroom, sendfile, nginx, storage or basket
    via         text                     not null,
    started_at  timestamp with time zone not null,
    -- erased after pressroom.delivery.ip-retention and when the account is deleted
    ip          text
);

create index download_log_account_idx on download_log (account_id, started_at desc);
create index download_log_asset_idx on download_log (asset_type, asset_id, started_at);
create index download_log_started_idx on download_log (started_at);

-- What an account put in its basket: a whole asset's main file or one rendition. Kept across log-ins.
create table basket_item (
    account_id uuid                     not null,
    asset_type text                     not null,
    asset_id   bigint                   not null,
    rendition  text                     not null,
    added_at   timestamp with time zone not null,
    primary key (account_id, asset_type, asset_id, rendition)
);
