-- An assessment may be run with a scenario (the engine's scenario YAML, kept as given; its result is in
-- the assessment's result jsonb beside the baseline).
alter table assessment add column scenario_yaml text;

-- Supplier declarations (CMRT, EMRT, AMRT) read by the engine, per workspace: what the file says
-- (template, version, company), the engine's findings (severity, rule, sheet, cell, English and French
-- messages) and the smelter rows needed to consolidate the smelter list (jsonb arrays).
create table supplier_declaration (
    id             bigint generated always as identity primary key,
    workspace_id   bigint       not null references workspace (id) on delete cascade,
    uploaded_at    timestamp with time zone not null default now(),
    uploaded_by    varchar(40)  not null,
    file_name      varchar(255) not null,
    sha256         char(64)     not null,
    template       varchar(8)   not null,
    version        varchar(40)  not null,
    company        varchar(400) not null,
    findings_count integer      not null,
    findings       jsonb        not null,
    smelters       jsonb        not null
);
create index supplier_declaration_workspace on supplier_declaration (workspace_id, id);
