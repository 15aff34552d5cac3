-- What the public video page shows beside the picture: the kind of footage, where it was filmed, its shot
-- list (time-coded shots, soundbites with speaker and language, cutaways) and its captions; when the preview
-- could first be watched by staff; and which programme items of an event it covers.
alter table video_asset add column video_type text;
alter table video_asset add column location text not null default '';
alter table video_asset add column preview_at timestamp with time zone;

create table video_shot (
    id          bigint generated always as identity primary key,
    asset_id    bigint        not null references video_asset (id),
    position    int           not null,
    starts_at   numeric(10,3) not null check (starts_at >= 0),
    ends_at     numeric(10,3) check (ends_at is null or ends_at > starts_at),
    kind        text          not null,
    description text          not null default '',
    speaker     text          not null default '',
    language    text          not null default '',
    unique (asset_id, position)
);

create table video_caption (
    id        bigint generated always as identity primary key,
    asset_id  bigint not null references video_asset (id),
    language  text   not null,
    vtt       text   not null,
    unique (asset_id, language)
);

create table programme_item_video (
    programme_item_id  bigint not null references programme_item (id),
    video_id           bigint not null references video_asset (id),
    primary key (programme_item_id, video_id)
);
create index programme_item_video_video_idx on programme_item_video (video_id);

-- An upload may say, in its tus metadata, that the video is to be published once ready.
alter table upload add column publish boolean not null default false;
