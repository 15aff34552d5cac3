-- The key that signs draft preview links (HMAC-SHA256), made at the first use and shared by every node.
-- Delete the row to revoke every preview link given so far.
create table preview_signing_key (
    id          int                      primary key check (id = 1),
    secret      bytea                    not null,
    created_at  timestamp with time zone not null
);
