-- Staff are accounts with roles. A role is never deleted: removing it sets revoked_at, so who had which
-- right and when stays known. The second factor (a TOTP secret), its recovery codes (hashed) and the one-time
-- links that create the first administrator or let an invited staff member choose a password.
create table staff_role (
    id         bigserial                primary key,
    account_id uuid                     not null references account (id),
    role       text                     not null,
    granted_at timestamp with time zone not null,
    granted_by uuid,
    revoked_at timestamp with time zone,
    revoked_by uuid
);

create unique index staff_role_live_idx on staff_role (account_id, role) where revoked_at is null;

create table staff_second_factor (
    account_id   uuid                     primary key references account (id),
    secret       text                     not null,
    enrolled_at  timestamp with time zone not null,
    last_step    bigint                   not null default 0,
    failed_codes int                      not null default 0,
    locked_until timestamp with time zone
);

create table staff_recovery_code (
    id         uuid                     primary key,
    account_id uuid                     not null references account (id),
    code_hash  text                     not null,
    created_at timestamp with time zone not null,
    used_at    timestamp with time zone
);

create index staff_recovery_code_account_idx on staff_recovery_code (account_id) where used_at is null;

create table staff_link (
    id         uuid                     primary key,
    token_hash text                     not null,
    purpose    text                     not null,
    account_id uuid                     references account (id),
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);

create unique index staff_link_token_idx on staff_link (token_hash);
