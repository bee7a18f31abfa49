-- Assessments of a workspace: the engine's result (jsonb, the format of fr.vigie.engine.assessment.AssessmentJson)
-- with everything needed to reproduce it: the methodology, priority weights, engine and reference data versions,
-- the profile text used and the ledger (whose per-filiere aggregation is kept in ledger_filiere).
create table assessment (
    id               bigint generated always as identity primary key,
    workspace_id     bigint       not null references workspace (id) on delete cascade,
    ledger_id        bigint       not null references ledger_import (id),
    created_at       timestamp with time zone not null default now(),
    created_by       varchar(40)  not null,
    reference_date   date         not null,
    methodology      varchar(160) not null,
    priority_weights varchar(160) not null,
    engine_version   varchar(80)  not null,
    data_versions    jsonb        not null,
    profile_yaml     text         not null,
    result           jsonb        not null
);
create index assessment_workspace on assessment (workspace_id, id desc);
