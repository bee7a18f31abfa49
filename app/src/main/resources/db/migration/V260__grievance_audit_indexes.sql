-- The grievance audit trail is read by workspace newest first (the case list's newest lines, the
-- trail's pages by "id < before", the CSV export in id order) and by case (a case's own trail; the
-- cascade when a case is deleted). The first index (workspace, at) served none of these reads, and no
-- index had the case: a case's page scanned the whole table, which grows by a line at every view.
create index grievance_audit_workspace_id on grievance_audit (workspace_id, id);
create index grievance_audit_case on grievance_audit (case_id, id) where case_id is not null;
drop index grievance_audit_workspace;
