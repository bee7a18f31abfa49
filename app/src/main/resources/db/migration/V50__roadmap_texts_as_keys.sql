-- Roadmap actions keep their title and justification as message keys with arguments (jsonb, the engine's
-- stored text form: {"key": ..., "args": [...]}, or a term {"term": ..., "id": ...}) and are rendered in
-- the reader's language, instead of an English column and a French one (V31). Existing rows keep both
-- texts as the arguments of the text "assessment.stored", which renders the one of the reader's language
-- (the English one where no French text was kept).
alter table roadmap_action add column title_text jsonb;
alter table roadmap_action add column justification_text jsonb;
update roadmap_action set
    title_text = jsonb_build_object('key', 'assessment.stored',
        'args', jsonb_build_array(title, coalesce(title_fr, title))),
    justification_text = jsonb_build_object('key', 'assessment.stored',
        'args', jsonb_build_array(justification, coalesce(justification_fr, justification)));
alter table roadmap_action drop column title_fr;
alter table roadmap_action drop column justification_fr;
alter table roadmap_action drop column title;
alter table roadmap_action drop column justification;
alter table roadmap_action rename column title_text to title;
alter table roadmap_action rename column justification_text to justification;
alter table roadmap_action alter column title set not null;
alter table roadmap_action alter column justification set not null;
