-- Every save of an editorial item keeps a revision: a JSON snapshot of the item and its language versions
-- (an event's with its programme), who saved it (an account id, null for a scheduled job) and why.
-- Revisions are never changed or removed; restoring one saves a new one.
create table item_revision (
    id          bigint generated always as identity primary key,
    item_type   text                     not null,
    item_id     bigint                   not null,
    number      int                      not null check (number >= 1),
    action      text                     not null,
    account_id  uuid,
    snapshot    jsonb                    not null,
    created_at  timestamp with time zone not null,
    unique (item_type, item_id, number)
);
