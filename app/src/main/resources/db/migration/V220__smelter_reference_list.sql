-- The RMI smelter/refiner list a workspace loaded (one per workspace, replaced by the next upload): the
-- file as given (CSV or Excel, re-read by the engine's list reader when an assessment runs), its name,
-- SHA-256 and the number of smelters it lists. Only a file the reader accepted whole is stored.
create table smelter_reference_list (
    workspace_id   bigint       primary key references workspace (id) on delete cascade,
    uploaded_at    timestamp with time zone not null default now(),
    uploaded_by    varchar(40)  not null,
    file_name      varchar(255) not null,
    extension      varchar(8)   not null,
    sha256         char(64)     not null,
    smelter_count  integer      not null,
    content        bytea        not null
);
