-- French texts of roadmap actions, taken from the assessment that proposed them. Rows stored before
-- this migration have none: the board shows their English text until an assessment refreshes them.
-- (Numbered after V30: Flyway refuses a migration numbered below one a database already has.)
alter table roadmap_action add column title_fr varchar(1000);
alter table roadmap_action add column justification_fr varchar(2000);
