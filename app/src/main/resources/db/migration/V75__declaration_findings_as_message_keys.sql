-- Declaration findings (supplier_declaration.findings, a jsonb array) keep their message as a key of
-- the engine's declaration bundle with its arguments ({"key": ..., "args": [...]}), rendered in the
-- reader's language, instead of one English and one French sentence (messageEn, messageFr).
-- Findings stored before keep their sentences, now under "texts" by language code ({"en": ..., "fr":
-- ...}), shown in the reader's language when stored (else English); their key is
-- declaration.finding.stored-text with the English sentence as argument.
update supplier_declaration d
set findings = (
    select coalesce(jsonb_agg(
        case when f ? 'messageEn' then
            (f - 'messageEn' - 'messageFr')
                || jsonb_build_object(
                    'key', 'declaration.finding.stored-text',
                    'args', jsonb_build_array(f ->> 'messageEn'),
                    'texts', jsonb_strip_nulls(jsonb_build_object('en', f ->> 'messageEn', 'fr', f ->> 'messageFr')))
        else f end
        order by i), '[]'::jsonb)
    from jsonb_array_elements(d.findings) with ordinality as e(f, i))
where exists (select 1 from jsonb_array_elements(d.findings) as e(f) where f ? 'messageEn');
