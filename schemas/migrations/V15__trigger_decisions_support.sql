-- The outcome loop (docs/support.md): a decision may name the authority commissioned to support
-- the trigger (DfE code; the decisions file may give a DfE code, an ONS code or a name).
alter table raw.trigger_decisions add column support_la varchar;
