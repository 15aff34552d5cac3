-- The editorial workflow: an item is DRAFT, SCHEDULED (published by a durable job at published_at),
-- PUBLISHED or UNPUBLISHED. An embargo hides an item from everyone outside staff until embargo_until,
-- whatever its status; a job re-indexes it and renews cached pages when the embargo lifts.
alter table article add column embargo_until timestamp with time zone;
alter table event add column embargo_until timestamp with time zone;
alter table transcript add column embargo_until timestamp with time zone;
alter table photo add column embargo_until timestamp with time zone;
alter table gallery add column embargo_until timestamp with time zone;

-- Media obeys the embargo of the items a video is linked to, and may carry one of its own.
alter table video_asset add column embargo_until timestamp with time zone;

-- Staff lists look up what is scheduled or under embargo.
create index article_status_idx on article (status);
create index event_status_idx on event (status);
create index transcript_status_idx on transcript (status);
create index photo_status_idx on photo (status);
create index gallery_status_idx on gallery (status);
