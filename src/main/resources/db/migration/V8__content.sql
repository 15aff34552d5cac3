-- The editorial content of the press room: articles, events with their programmes, transcripts, photos
-- and galleries. Each item has one row for what is the same in every language (dates, place, type,
-- rights) and one row per language version for its words and its slug; a missing language row means
-- "not translated". An item is public when its status is PUBLISHED and its publication time has come.
-- demo_key marks rows loaded by the demo, so that loading it again changes nothing.

create table event (
    id            bigint generated always as identity primary key,
    starts_on     date                     not null,
    ends_on       date                     not null,
    time_zone     text                     not null,
    country       text                     not null check (country ~ '^[A-Z]{2}$'),
    cancelled     boolean                  not null default false,
    status        text                     not null,
    published_at  timestamp with time zone,
    updated_at    timestamp with time zone not null,
    demo_key      text unique,
    version       bigint                   not null default 0,
    constraint event_dates_ordered check (ends_on >= starts_on)
);

create index event_dates_idx on event (starts_on, ends_on);

create table event_text (
    id           bigint generated always as identity primary key,
    event_id     bigint not null references event (id),
    lang         text   not null,
    title        text   not null,
    slug         text   not null,
    venue        text   not null,
    city         text   not null,
    description  text   not null default '',
    unique (event_id, lang),
    unique (lang, slug)
);

create table photo (
    id            bigint generated always as identity primary key,
    event_id      bigint                   references event (id),
    taken_at      timestamp with time zone not null,
    photographer  text                     not null,
    credit        text                     not null,
    download      text                     not null,
    width         int                      not null,
    height        int                      not null,
    status        text                     not null,
    published_at  timestamp with time zone,
    updated_at    timestamp with time zone not null,
    demo_key      text unique,
    version       bigint                   not null default 0
);

create index photo_event_idx on photo (event_id);

create table photo_text (
    id           bigint generated always as identity primary key,
    photo_id     bigint not null references photo (id),
    lang         text   not null,
    caption      text   not null,
    slug         text   not null,
    restriction  text   not null default '',
    unique (photo_id, lang)
);

-- Files made from a photo's original, kept in media storage under storage_key.
create table photo_rendition (
    id            bigint generated always as identity primary key,
    photo_id      bigint not null references photo (id),
    kind          text   not null,
    storage_key   text   not null,
    content_type  text   not null,
    width         int    not null,
    height        int    not null,
    size          bigint not null,
    sha256        text   not null,
    unique (photo_id, kind)
);

create table gallery (
    id            bigint generated always as identity primary key,
    event_id      bigint                   references event (id),
    status        text                     not null,
    published_at  timestamp with time zone,
    updated_at    timestamp with time zone not null,
    demo_key      text unique,
    version       bigint                   not null default 0
);

create table gallery_text (
    id           bigint generated always as identity primary key,
    gallery_id   bigint not null references gallery (id),
    lang         text   not null,
    title        text   not null,
    slug         text   not null,
    description  text   not null default '',
    unique (gallery_id, lang)
);

create table gallery_photo (
    gallery_id  bigint not null references gallery (id),
    photo_id    bigint not null references photo (id),
    position    int    not null,
    primary key (gallery_id, photo_id)
);

create table transcript (
    id             bigint generated always as identity primary key,
    type           text                     not null,
    event_id       bigint                   references event (id),
    delivered_at   timestamp with time zone not null,
    delivery       text                     not null,
    original_lang  text                     not null,
    status         text                     not null,
    published_at   timestamp with time zone,
    updated_at     timestamp with time zone not null,
    demo_key       text unique,
    version        bigint                   not null default 0
);

create index transcript_event_idx on transcript (event_id);

create table transcript_text (
    id             bigint generated always as identity primary key,
    transcript_id  bigint not null references transcript (id),
    lang           text   not null,
    title          text   not null,
    slug           text   not null,
    speakers       text[] not null default '{}',
    unique (transcript_id, lang),
    unique (lang, slug)
);

-- The body of a transcript: what one speaker said, or a question from the floor, in order.
create table transcript_turn (
    id                  bigint generated always as identity primary key,
    transcript_text_id  bigint  not null references transcript_text (id),
    position            int     not null,
    question            boolean not null default false,
    speaker             text    not null,
    text                text    not null,
    unique (transcript_text_id, position)
);

create table programme_item (
    id          bigint generated always as identity primary key,
    event_id    bigint not null references event (id),
    day         int    not null check (day >= 1),
    starts_at   time   not null,
    ends_at     time,
    room        text   not null default '',
    access      text   not null,
    coverage    text   not null,
    languages   text[] not null default '{}',
    position    int    not null default 0
);

create index programme_item_event_idx on programme_item (event_id, day, starts_at);

create table programme_item_text (
    id                 bigint generated always as identity primary key,
    programme_item_id  bigint not null references programme_item (id),
    lang               text   not null,
    title              text   not null,
    unique (programme_item_id, lang)
);

create table programme_item_transcript (
    programme_item_id  bigint not null references programme_item (id),
    transcript_id      bigint not null references transcript (id),
    primary key (programme_item_id, transcript_id)
);

create table programme_item_photo (
    programme_item_id  bigint not null references programme_item (id),
    photo_id           bigint not null references photo (id),
    primary key (programme_item_id, photo_id)
);

create table article (
    id                      bigint generated always as identity primary key,
    type                    text                     not null,
    status                  text                     not null,
    published_at            timestamp with time zone,
    updated_at              timestamp with time zone not null,
    number_year             int,
    number                  int,
    event_id                bigint                   references event (id),
    lead_photo_id           bigint                   references photo (id),
    accreditation_deadline  timestamp with time zone,
    demo_key                text unique,
    version                 bigint                   not null default 0,
    unique (number_year, number)
);

create index article_published_idx on article (published_at desc) where status = 'PUBLISHED';

create table article_text (
    id                      bigint generated always as identity primary key,
    article_id              bigint not null references article (id),
    lang                    text   not null,
    title                   text   not null,
    slug                    text   not null,
    lead                    text   not null default '',
    body                    text   not null default '',
    advisory_general        text   not null default '',
    advisory_programme      text   not null default '',
    advisory_access         text   not null default '',
    advisory_accreditation  text   not null default '',
    unique (article_id, lang),
    unique (lang, slug)
);
