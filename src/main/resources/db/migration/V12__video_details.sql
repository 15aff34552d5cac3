-- What the person delivering a master says about it (a watch-folder sidecar today, the back office later).
alter table video_asset add column summary text not null default '';
alter table video_asset add column recorded_on date;
alter table video_asset add column event_reference text not null default '';
alter table video_asset add column audio_languages text[] not null default '{}';
alter table video_asset add column credit text not null default '';
alter table video_asset add column download text not null default 'ACCOUNT';
alter table video_asset add column restriction text not null default '';
alter table video_asset add column publish boolean not null default false;
