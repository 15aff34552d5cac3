-- Every e-mail is rendered and stored here in the transaction that causes it, then delivered by a job.
create table outbox_mail (
    id            uuid                     primary key,
    recipient     text                     not null,
    subject       text                     not null,
    text_body     text                     not null,
    html_body     text                     not null,
    language      text                     not null,
    template      text                     not null,
    created_at    timestamp with time zone not null,
    attempts      int                      not null default 0,
    last_error    text,
    sent_at       timestamp with time zone
);

create index outbox_mail_unsent_idx on outbox_mail (created_at) where sent_at is null;
