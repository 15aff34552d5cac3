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

-- Every node asks once a second for the newest embargo come to its end (to renew its cached pages), and staff lists
-- look up what is scheduled or under embargo.
create index article_embargo_idx on article (embargo_until) where embargo_until is not null;
create index event_embargo_idx on event (embargo_until) where embargo_until is not null;
create index transcript_embargo_idx on transcript (embargo_until) where embargo_until is not null;
create index photo_embargo_idx on photo (embargo_until) where embargo_until is not null;
create index gallery_embargo_idx on gallery (embargo_until) where embargo_until is not null;
create index article_scheduled_idx on article (published_at) where status = 'SCHEDULED';
create index event_scheduled_idx on event (published_at) where status = 'SCHEDULED';
create index transcript_scheduled_idx on transcript (published_at) where status = 'SCHEDULED';
create index photo_scheduled_idx on photo (published_at) where status = 'SCHEDULED';
create index gallery_scheduled_idx on gallery (published_at) where status = 'SCHEDULED';
