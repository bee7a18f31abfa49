-- The OECD five steps of a workspace (docs/due-diligence-steps.md): one row per scope and sub-step that
-- someone recorded (a sub-step without a row is not started). The scope is 'company' (company-wide,
-- counts for every filiere) or a filiere's mineral id; the code is a sub-step of the engine's catalogue
-- (1a ... 5a). The owner is a workspace member's name or free text.
create table dd_step (
    id           bigint generated always as identity primary key,
    workspace_id bigint       not null references workspace (id) on delete cascade,
    scope        varchar(40)  not null,
    code         varchar(4)   not null,
    status       varchar(16)  not null default 'not_started'
        check (status in ('not_started', 'in_progress', 'implemented', 'not_applicable')),
    owner        varchar(200),
    start_date   date,
    due_date     date,
    done_date    date,
    updated_at   timestamp with time zone not null default now(),
    updated_by   varchar(40)  not null,
    unique (workspace_id, scope, code)
);

-- The roadmap actions linked to a sub-step (an action removed from the roadmap leaves the link).
create table dd_step_action (
    step_id   bigint not null references dd_step (id) on delete cascade,
    action_id bigint not null references roadmap_action (id) on delete cascade,
    primary key (step_id, action_id)
);

-- Evidence of a sub-step: a file (size-limited and type-checked on upload, in the database, always served
-- as a download with the checked type) or a link (http or https only).
create table dd_step_evidence (
    id           bigint generated always as identity primary key,
    workspace_id bigint        not null references workspace (id) on delete cascade,
    step_id      bigint        not null references dd_step (id) on delete cascade,
    kind         varchar(4)    not null check (kind in ('file', 'link')),
    file_name    varchar(255),
    file_type    varchar(8),
    file_bytes   bigint,
    sha256       char(64),
    content      bytea,
    url          varchar(2000),
    label        varchar(200),
    added_by     varchar(40)   not null,
    added_at     timestamp with time zone not null default now(),
    check ((kind = 'file' and content is not null and file_name is not null and file_type is not null
            and url is null)
        or (kind = 'link' and url is not null and content is null))
);
create index dd_step_evidence_step on dd_step_evidence (step_id, id);

-- Who changed what and when: every field change, evidence added or removed, action linked or unlinked.
create table dd_step_audit (
    id           bigint generated always as identity primary key,
    workspace_id bigint        not null references workspace (id) on delete cascade,
    scope        varchar(40)   not null,
    code         varchar(4)    not null,
    actor        varchar(40)   not null,
    at           timestamp with time zone not null default now(),
    field        varchar(24)   not null,
    old_value    varchar(2000) not null default '',
    new_value    varchar(2000) not null default ''
);
create index dd_step_audit_workspace on dd_step_audit (workspace_id, id);
