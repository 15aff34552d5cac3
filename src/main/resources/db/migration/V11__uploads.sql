-- Resumable uploads (tus 1.0) in progress: the bytes are in <data-dir>/uploads/<id>.part on the node that
-- received them; the row says how long the file will be, how much has arrived and what it is.
create table upload (
    id             uuid                     primary key,
    length         bigint                   not null check (length >= 0),
    received       bigint                   not null default 0,
    original_name  text                     not null,
    title          text                     not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    asset_id       bigint                   references video_asset (id)
);
