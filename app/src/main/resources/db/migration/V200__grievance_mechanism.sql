-- The grievance mechanism (docs/grievance.md): each workspace has a public intake page addressed by a
-- random public key (never its numeric id); members designated as case handlers see the cases. A case
-- stores the hash of its receipt code only; an anonymous case stores no contact, and no case stores
-- the reporter's network address. Every view and change by a handler is written to the audit trail.
alter table workspace add column grievance_key varchar(32) not null
    default replace(gen_random_uuid()::text, '-', '');
alter table workspace add constraint workspace_grievance_key_unique unique (grievance_key);

create table workspace_case_handler (
    workspace_id bigint      not null,
    username     varchar(40) not null,
    primary key (workspace_id, username),
    foreign key (workspace_id, username) references workspace_member (workspace_id, username) on delete cascade
);

create table grievance_case (
    id              bigint generated always as identity primary key,
    workspace_id    bigint        not null references workspace (id) on delete cascade,
    receipt_hash    char(64)      not null unique,
    category        varchar(32)   not null check (category in ('HUMAN_RIGHTS', 'CHILD_FORCED_LABOUR', 'ENVIRONMENT',
                                      'HEALTH_SAFETY', 'CONFLICT', 'CORRUPTION', 'OTHER')),
    country         varchar(80),
    site            varchar(200),
    mineral         varchar(80),
    supplier        varchar(200),
    occurred        varchar(100),
    description     text          not null check (length(description) between 1 and 10000),
    anonymous       boolean       not null,
    contact         varchar(500),
    status          varchar(20)   not null check (status in ('RECEIVED', 'ACKNOWLEDGED', 'UNDER_ASSESSMENT',
                                      'REMEDIATION', 'CLOSED')),
    received_at     timestamp with time zone not null,
    acknowledge_by  timestamp with time zone not null,
    acknowledged_at timestamp with time zone,
    closed_at       timestamp with time zone,
    outcome         varchar(2000),
    check (not anonymous or contact is null)
);
create index grievance_case_workspace on grievance_case (workspace_id, received_at);

create table grievance_message (
    id         bigint generated always as identity primary key,
    case_id    bigint        not null references grievance_case (id) on delete cascade,
    handler    varchar(40),
    body       varchar(5000) not null,
    created_at timestamp with time zone not null
);
create index grievance_message_case on grievance_message (case_id, id);

create table grievance_attachment (
    id           bigint generated always as identity primary key,
    case_id      bigint       not null references grievance_case (id) on delete cascade,
    file_name    varchar(255) not null,
    content_type varchar(64)  not null,
    bytes        bytea        not null
);

create table grievance_audit (
    id        bigint generated always as identity primary key,
    case_id   bigint      references grievance_case (id) on delete cascade,
    workspace_id bigint   not null references workspace (id) on delete cascade,
    username  varchar(40) not null,
    action    varchar(32) not null,
    detail    varchar(200),
    at        timestamp with time zone not null default now()
);
create index grievance_audit_workspace on grievance_audit (workspace_id, at);
