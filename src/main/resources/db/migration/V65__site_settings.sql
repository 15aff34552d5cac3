-- What an administrator changed at /admin/settings over the configuration (pressroom.site.*): the organisation's
-- name per language, the press office's address and the two brand colours. One row; a null column (or a language
-- missing from names) means "as configured". Emptying the table restores the configuration.
create table site_settings (
    id             int                      primary key check (id = 1),
    names          jsonb                    not null default '{}'::jsonb,
    contact_email  text,
    brand_colour   text,
    accent_colour  text,
    updated_at     timestamp with time zone not null,
    updated_by     uuid
);
