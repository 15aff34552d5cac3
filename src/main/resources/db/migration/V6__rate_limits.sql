-- Rate-limit buckets (Bucket4j), shared by every node. Keys are hashed: no address or IP is stored here.
create table rate_limit_bucket (
    id         text   primary key,
    state      bytea,
    expires_at bigint
);

create index rate_limit_bucket_expires_idx on rate_limit_bucket (expires_at);
