-- Newsletter subscribers, with the consent that was given (when, and from where).
create table newsletter_subscription (
    id               uuid                     primary key,
    email            text                     not null,
    email_key        text                     not null,
    language         text                     not null,
    source           text                     not null,
    consented_at     timestamp with time zone not null,
    unsubscribed_at  timestamp with time zone
);

create unique index newsletter_subscription_email_idx on newsletter_subscription (email_key);
