-- One counter raised by every transaction that changes public content, so that every node can tell in
-- one cheap query that its cached pages are out of date (texts, programme links and deletions included).
create table content_revision (
    id        int    primary key check (id = 1),
    revision  bigint not null
);

insert into content_revision (id, revision) values (1, 0);

-- Lists and pages look items up by their event, and galleries by their photos.
create index article_event_idx on article (event_id);
create index gallery_event_idx on gallery (event_id);
create index gallery_photo_photo_idx on gallery_photo (photo_id);
create index programme_item_transcript_idx on programme_item_transcript (transcript_id);
create index programme_item_photo_idx on programme_item_photo (photo_id);
