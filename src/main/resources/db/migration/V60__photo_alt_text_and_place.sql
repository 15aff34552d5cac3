-- What the photo edit page adds: a text alternative per language for readers who cannot see the picture, and the
-- place where it was taken (read from the file's IPTC location when it has one).
alter table photo_text add column alt_text text not null default '';
alter table photo add column place text not null default '';
