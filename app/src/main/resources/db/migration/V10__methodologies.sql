-- Risk methodology versions: the YAML text as written (validated by the engine's methodology loader
-- before it is stored), never changed once stored; exactly one version is the current one.
create table methodology_version (
    id             bigint generated always as identity primary key,
    methodology_id varchar(64)  not null,
    version        varchar(32)  not null,
    description    text         not null,
    yaml           text         not null,
    created_by     varchar(40)  not null,
    created_at     timestamp with time zone not null default now(),
    is_current     boolean      not null default false,
    constraint methodology_version_unique unique (methodology_id, version)
);

create unique index methodology_version_one_current on methodology_version (is_current) where is_current;
