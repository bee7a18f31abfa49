-- Roadmap actions of a workspace, seeded from its assessments' roadmaps (one row per filiere and
-- solution or obligation, kept across assessments), with an owner, a due date and a status set by
-- people; every change is recorded in roadmap_audit (who, when, which field, old and new value).
create table roadmap_action (
    id            bigint generated always as identity primary key,
    workspace_id  bigint        not null references workspace (id) on delete cascade,
    action_key    varchar(200)  not null,
    assessment_id bigint        not null references assessment (id),
    horizon       varchar(8)    not null check (horizon in ('short', 'medium', 'long')),
    position      integer       not null,
    material      varchar(64)   not null,
    kind          varchar(16)   not null,
    ref_id        varchar(120)  not null,
    title         varchar(1000) not null,
    justification varchar(2000) not null,
    owner         varchar(80),
    due_date      date,
    status        varchar(12)   not null default 'todo' check (status in ('todo', 'in_progress', 'done')),
    updated_at    timestamp with time zone not null default now(),
    updated_by    varchar(40)   not null,
    constraint roadmap_action_key_unique unique (workspace_id, action_key)
);

create table roadmap_audit (
    id           bigint generated always as identity primary key,
    workspace_id bigint       not null references workspace (id) on delete cascade,
    action_id    bigint       not null references roadmap_action (id) on delete cascade,
    changed_at   timestamp with time zone not null default now(),
    changed_by   varchar(40)  not null,
    field        varchar(16)  not null,
    old_value    varchar(200),
    new_value    varchar(200)
);
create index roadmap_audit_workspace on roadmap_audit (workspace_id, id desc);
