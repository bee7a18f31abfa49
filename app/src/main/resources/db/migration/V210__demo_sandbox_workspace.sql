-- Demo mode: the demo user tries the whole journey (import, assess, roadmap) in a sandbox workspace
-- of its own, deleted and recreated from the demo profile and ledger at every start, while the
-- shared demo workspace stays read-only. In a sandbox workspace the membership role applies even to
-- a user whose global role is VIEWER. At most one workspace is the sandbox.
alter table workspace add column sandbox boolean not null default false;
create unique index workspace_one_sandbox on workspace (sandbox) where sandbox;
