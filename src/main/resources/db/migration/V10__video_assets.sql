-- Broadcast video: the master as received (kept bit-exact), what was read from it, its processing state,
-- and the renditions made from it. An asset is offered only once it is READY, which it becomes in the
-- same transaction that records its renditions, never before.
create table video_asset (
    id               bigint generated always as identity primary key,
    status           text                     not null,
    title            text                     not null,
    original_name    text                     not null,
    original_key     text,
    original_size    bigint,
    original_sha256  text,
    container        text,
    probe            text,
    loudness         text,
    progress         real                     not null default 0,
    stage            text                     not null default '',
    error            text,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    ready_at         timestamp with time zone,
    version          bigint                   not null default 0
);

create index video_asset_status_idx on video_asset (status);

create table video_rendition (
    id          bigint generated always as identity primary key,
    asset_id    bigint not null references video_asset (id),
    kind        text   not null,
    name        text   not null,
    storage_key text   not null,
    size        bigint not null,
    sha256      text   not null,
    width       int    not null default 0,
    height      int    not null default 0,
    probe       text,
    unique (asset_id, storage_key)
);
