-- The demo workspace is known by a flag, not by its name: before, any workspace named
-- "Groupe Industriel Exemple SA (demo)" (another user's private one, say) got the public demo user
-- as a viewer at the next start. At most one workspace is the demo workspace. Renaming it ends its
-- demo status (the application clears the flag and removes the demo user in the same statement).
alter table workspace add column demo boolean not null default false;
create unique index workspace_one_demo on workspace (demo) where demo;

-- An existing demo workspace: the one with the demo name whose ledger was imported by the
-- application itself ('vigie') at first start. A workspace that only shares the name is not one,
-- and loses a demo membership it got that way.
update workspace set demo = true
where id = (select min(w.id) from workspace w
            where w.name = 'Groupe Industriel Exemple SA (demo)'
              and exists (select 1 from ledger_import l where l.workspace_id = w.id and l.imported_by = 'vigie'));
delete from workspace_member m
using workspace w
where m.workspace_id = w.id and m.username = 'demo' and m.role = 'VIEWER' and not w.demo;
