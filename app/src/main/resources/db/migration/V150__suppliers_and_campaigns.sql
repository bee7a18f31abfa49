-- Suppliers of a workspace, campaigns that ask them for a declaration (CMRT, EMRT, AMRT, CRT) by e-mail,
-- one request per supplier and campaign with its answers, the portal tokens (only their SHA-256 hash is
-- kept) and the mail outbox (every message is written here in the transaction that decides it, then
-- sent by a dispatcher that claims rows with FOR UPDATE SKIP LOCKED; without an SMTP host they stay
-- here, shown on the outbox page).
create table supplier (
    id           bigint generated always as identity primary key,
    workspace_id bigint       not null references workspace (id) on delete cascade,
    name         varchar(200) not null,
    country      char(2)      not null,
    email        varchar(254) not null,
    language     varchar(2)   not null check (language in ('fr', 'en')),
    templates    varchar(40)  not null default '',
    created_at   timestamp with time zone not null default now(),
    updated_at   timestamp with time zone not null default now(),
    updated_by   varchar(40)  not null,
    constraint supplier_name_unique unique (workspace_id, name)
);

create table supplier_campaign (
    id           bigint generated always as identity primary key,
    workspace_id bigint        not null references workspace (id) on delete cascade,
    template     varchar(8)    not null check (template in ('CMRT', 'EMRT', 'AMRT', 'CRT')),
    due_date     date          not null,
    message      varchar(4000) not null default '',
    base_url     varchar(400)  not null,
    created_at   timestamp with time zone not null default now(),
    created_by   varchar(40)   not null
);
create index supplier_campaign_workspace on supplier_campaign (workspace_id, id);

create table supplier_request (
    id                bigint generated always as identity primary key,
    campaign_id       bigint      not null references supplier_campaign (id) on delete cascade,
    supplier_id       bigint      not null references supplier (id) on delete cascade,
    status            varchar(12) not null
        check (status in ('requested', 'reminded', 'received', 'accepted', 'rejected', 'overdue')),
    requested_at      timestamp with time zone not null default now(),
    reminded_before   timestamp with time zone,
    reminded_overdue  timestamp with time zone,
    decided_at        timestamp with time zone,
    decided_by        varchar(40),
    decision_comment  varchar(4000),
    constraint supplier_request_once unique (campaign_id, supplier_id)
);
-- the reminder scheduler's scan: requests still waiting for an answer
create index supplier_request_waiting on supplier_request (campaign_id) where status in ('requested', 'reminded');

create table supplier_answer (
    id             bigint generated always as identity primary key,
    request_id     bigint       not null references supplier_request (id) on delete cascade,
    received_at    timestamp with time zone not null default now(),
    file_name      varchar(255) not null,
    sha256         char(64)     not null,
    stored         boolean      not null,
    template       varchar(8)   not null default '',
    version        varchar(40)  not null default '',
    company        varchar(400) not null default '',
    findings       jsonb        not null,
    content        bytea
);
create index supplier_answer_request on supplier_answer (request_id, id);

create table supplier_request_token (
    token_sha256 char(64) primary key,
    request_id   bigint   not null references supplier_request (id) on delete cascade,
    created_at   timestamp with time zone not null default now()
);
create index supplier_request_token_request on supplier_request_token (request_id);

create table mail_outbox (
    id           bigint generated always as identity primary key,
    workspace_id bigint        not null references workspace (id) on delete cascade,
    recipient    varchar(254)  not null,
    subject      varchar(400)  not null,
    body         text          not null,
    created_at   timestamp with time zone not null default now(),
    sent_at      timestamp with time zone,
    attempts     integer       not null default 0,
    last_error   varchar(1000)
);
create index mail_outbox_pending on mail_outbox (id) where sent_at is null;
