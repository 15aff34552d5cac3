-- Multimedia accounts of journalists and broadcasters, their e-mailed codes, and the audit log of
-- authentication events. Personal data lives only in account; auth_event keeps no e-mail address.
create table account (
    id                  uuid                     primary key,
    email               text                     not null,
    email_key           text                     not null,
    password_hash       text                     not null,
    first_name          text                     not null,
    last_name           text                     not null,
    organisation        text                     not null,
    media_kind          text                     not null,
    country             text                     not null,
    language            text                     not null,
    terms_version       text                     not null,
    terms_accepted_at   timestamp with time zone not null,
    status              text                     not null,
    created_at          timestamp with time zone not null,
    verified_at         timestamp with time zone,
    password_changed_at timestamp with time zone not null,
    failed_logins       int                      not null default 0,
    locked_until        timestamp with time zone,
    version             bigint                   not null default 0
);

create unique index account_email_key_idx on account (email_key);

create table account_code (
    id              uuid                     primary key,
    account_id      uuid                     not null references account (id),
    purpose         text                     not null,
    code_hash       text                     not null,
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    failed_attempts int                      not null default 0,
    used_at         timestamp with time zone,
    revoked_at      timestamp with time zone
);

create index account_code_live_idx on account_code (account_id, purpose) where used_at is null and revoked_at is null;

create table auth_event (
    id          bigserial                primary key,
    occurred_at timestamp with time zone not null,
    type        text                     not null,
    account_id  uuid,
    ip          text,
    user_agent  text
);

create index auth_event_account_idx on auth_event (account_id, occurred_at);
