-- A roadmap the company owns. Actions are either generated (taken up from assessments, keyed by filiere,
-- kind and id) or the company's own (added by people: their title and description are the user's words,
-- stored as the text "assessment.stored" with the same words for every language). A generated action
-- whose reason disappeared (mineral no longer bought, obligation no longer applies, solution no longer
-- proposed) is retired with its reason, never deleted: retired_at and retired_reason (a message key
-- suffix, e.g. material_gone). Each action may have an OECD due diligence step (1 to 5).
alter table roadmap_action alter column assessment_id drop not null;
alter table roadmap_action add column origin varchar(12) not null default 'generated'
    check (origin in ('generated', 'own'));
alter table roadmap_action add column description varchar(4000);
alter table roadmap_action add column oecd_step smallint check (oecd_step between 1 and 5);
alter table roadmap_action add column retired_at timestamp with time zone;
alter table roadmap_action add column retired_reason varchar(40);
alter table roadmap_action add column created_at timestamp with time zone not null default now();

-- The audit keeps its entries when a company's own action is removed (the action's title is copied into
-- each entry) and records longer values (titles, comments, file names).
alter table roadmap_audit drop constraint roadmap_audit_action_id_fkey;
alter table roadmap_audit alter column action_id drop not null;
alter table roadmap_audit add constraint roadmap_audit_action_id_fkey
    foreign key (action_id) references roadmap_action (id) on delete set null;
alter table roadmap_audit add column action_title jsonb;
update roadmap_audit a set action_title = r.title from roadmap_action r where r.id = a.action_id;
alter table roadmap_audit alter column field type varchar(24);
alter table roadmap_audit alter column old_value type varchar(1000);
alter table roadmap_audit alter column new_value type varchar(1000);

-- Comments on an action: who wrote what, when.
create table roadmap_comment (
    id           bigint generated always as identity primary key,
    workspace_id bigint        not null references workspace (id) on delete cascade,
    action_id    bigint        not null references roadmap_action (id) on delete cascade,
    author       varchar(40)   not null,
    created_at   timestamp with time zone not null default now(),
    body         varchar(4000) not null
);
create index roadmap_comment_action on roadmap_comment (action_id, id);

-- Evidence files of an action, in the database (size-limited and type-checked on upload; always served
-- as a download with a content type of the checked type, never the one the browser sent).
create table roadmap_evidence (
    id           bigint generated always as identity primary key,
    workspace_id bigint       not null references workspace (id) on delete cascade,
    action_id    bigint       not null references roadmap_action (id) on delete cascade,
    file_name    varchar(255) not null,
    file_type    varchar(8)   not null,
    file_bytes   bigint       not null,
    sha256       char(64)     not null,
    content      bytea        not null,
    uploaded_by  varchar(40)  not null,
    uploaded_at  timestamp with time zone not null default now()
);
create index roadmap_evidence_action on roadmap_evidence (action_id, id);
