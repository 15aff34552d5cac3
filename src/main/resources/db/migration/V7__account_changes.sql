-- The account page: an e-mail change waits for its code, and a deleted account keeps no personal data.
alter table account add column pending_email text;
alter table account add column deleted_at timestamp with time zone;
