-- The assessment a workspace's dashboard shows when people pinned one (otherwise the latest baseline
-- assessment, one run without a scenario).
create table assessment_pin (
    workspace_id  bigint      primary key references workspace (id) on delete cascade,
    assessment_id bigint      not null references assessment (id) on delete cascade,
    pinned_by     varchar(40) not null,
    pinned_at     timestamp with time zone not null default now()
);

-- One-time tokens of submitted forms (ledger upload, assessment run): a form sent twice (double click,
-- reload) is done once; result is where the first submission led, once known.
create table form_submission (
    token        varchar(64)  primary key,
    username     varchar(40)  not null,
    submitted_at timestamp with time zone not null default now(),
    result       varchar(300)
);
create index form_submission_age on form_submission (submitted_at);
