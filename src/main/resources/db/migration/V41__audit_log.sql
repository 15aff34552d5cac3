-- The audit log of editorial and administrative actions: who (the account, and their name at the time, which
-- stays when the account is erased), what, on which item, when, and the item before and after as JSON.
create table audit_entry (
    id          bigserial                primary key,
    occurred_at timestamp with time zone not null,
    account_id  uuid,
    actor       text                     not null,
    action      text                     not null,
    item_type   text                     not null,
    item_id     text,
    before      jsonb,
    after       jsonb
);

create index audit_entry_time_idx on audit_entry (occurred_at desc);
create index audit_entry_item_idx on audit_entry (item_type, item_id, occurred_at desc);
create index audit_entry_account_idx on audit_entry (account_id, occurred_at desc);
