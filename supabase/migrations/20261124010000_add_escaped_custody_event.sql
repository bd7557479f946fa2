-- An escape ends the centre's custody of an animal as surely as a death: the ledger must be able to
-- say when and where. A migration of its own because a new enum value cannot be used in the
-- transaction that adds it; the dispositions migration after this one uses it.
alter type public.custody_event_type add value if not exists 'escaped';
