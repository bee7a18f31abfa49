-- Company workspaces: a profile (YAML text, checked by the engine's profile reader), members with a
-- role per workspace, and the imported purchase ledgers (aggregated per filiere, original file kept
-- when small enough). One ledger per workspace is current; importing replaces it in one transaction.
create table workspace (
    id           bigint generated always as identity primary key,
    name         varchar(120) not null,
    profile_yaml text         not null,
    created_at   timestamp with time zone not null default now(),
    updated_at   timestamp with time zone not null default now(),
    updated_by   varchar(40)  not null,
    constraint workspace_name_unique unique (name)
);

create table workspace_member (
    workspace_id bigint      not null references workspace (id) on delete cascade,
    username     varchar(40) not null references app_user (username) on delete cascade,
    role         varchar(16) not null check (role in ('ADMIN', 'ANALYST', 'VIEWER')),
    primary key (workspace_id, username)
);

create table ledger_import (
    id             bigint generated always as identity primary key,
    workspace_id   bigint       not null references workspace (id) on delete cascade,
    file_name      varchar(255) not null,
    format         varchar(8)   not null,
    file_sha256    char(64)     not null,
    file_bytes     bigint       not null,
    original       bytea,
    accepted_lines bigint       not null,
    first_year     integer,
    last_year      integer,
    report         jsonb        not null,
    imported_at    timestamp with time zone not null default now(),
    imported_by    varchar(40)  not null,
    is_current     boolean      not null default false
);
create unique index ledger_import_one_current on ledger_import (workspace_id) where is_current;

create table ledger_filiere (
    ledger_id             bigint           not null references ledger_import (id) on delete cascade,
    material              varchar(64)      not null,
    lines                 bigint           not null,
    mass_kg               double precision not null,
    spend_eur             double precision not null,
    mass_known_origin_kg  double precision not null,
    mass_known_refiner_kg double precision not null,
    mass_with_smelter_kg  double precision not null,
    recycled_mass_kg      double precision not null,
    suppliers             integer          not null,
    smelters              integer          not null,
    mass_by_origin        jsonb            not null,
    mass_by_refiner       jsonb            not null,
    primary key (ledger_id, material)
);
