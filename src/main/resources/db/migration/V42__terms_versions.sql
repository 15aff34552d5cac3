-- Versions of the terms of use, newest in force. Without a row, the version in pressroom.account.terms-version is in force.
create table terms_version (
    id           bigserial                primary key,
    version      text                     not null unique,
    published_at timestamp with time zone not null,
    published_by uuid
);
