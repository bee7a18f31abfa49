-- Users of Vigie: one role each; passwords stored as DelegatingPasswordEncoder hashes ({bcrypt}...).
create table app_user (
    id            bigint generated always as identity primary key,
    username      varchar(40)  not null,
    password_hash varchar(255) not null,
    role          varchar(16)  not null check (role in ('ADMIN', 'ANALYST', 'VIEWER')),
    enabled       boolean      not null default true,
    created_at    timestamp with time zone not null default now(),
    constraint app_user_username_unique unique (username)
);
