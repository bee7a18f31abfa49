-- The administrators who finished the first-run page (/admin/first-run: create a workspace, invite
-- users, turn off demo mode). Until then an administrator's home page leads to it.
create table admin_first_run (
    username     varchar(40) primary key references app_user (username) on delete cascade,
    completed_at timestamp with time zone not null default now()
);
