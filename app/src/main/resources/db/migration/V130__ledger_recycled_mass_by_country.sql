-- The recycled mass of each filiere per recovery country (the ledger's recycling_country, else the
-- refiner's, else the supplier's country), {"FRA": kg, ...}: the recycling stage of an assessment is
-- scored in those countries. Ledgers imported before keep an empty map (their recycled mass has no
-- recovery country and takes the informal recycling profile); importing the file again fills it.
alter table ledger_filiere add column recycled_by_country jsonb not null default '{}'::jsonb;
