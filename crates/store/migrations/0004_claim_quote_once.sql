-- A claim whose quote is word for word its incident's summary keeps the text once. A dataset row's
-- notes are both (ACLED's `notes`: the incident's summary and the claim's quote), and a million
-- such rows stored them twice: a seventh of the database. Such a claim is stored with `quote`
-- NULL and `quote_is_summary` 1, and is read with its incident's summary as its quote
-- (`records.rs`). Only the bulk import writes claims so; every other write of a claim writes its
-- quote and 0.

ALTER TABLE claims ADD COLUMN quote_is_summary INTEGER NOT NULL DEFAULT 0;

-- The quote must not change when the summary does: before an incident's summary changes, the
-- claims that share it get their own copy of the old text.
CREATE TRIGGER claims_keep_quote_on_summary AFTER UPDATE OF summary ON incidents
WHEN OLD.summary IS NOT NEW.summary
BEGIN
    UPDATE claims SET quote = OLD.summary, quote_is_summary = 0
    WHERE incident = OLD.id AND quote_is_summary = 1;
END;

-- Nor when a claim moves to another incident by a statement that leaves the flag as it was.
CREATE TRIGGER claims_keep_quote_on_move AFTER UPDATE OF incident ON claims
WHEN NEW.quote_is_summary = 1 AND OLD.incident IS NOT NEW.incident
BEGIN
    UPDATE claims
    SET quote = (SELECT summary FROM incidents WHERE id = OLD.incident), quote_is_summary = 0
    WHERE rowid = NEW.rowid;
END;
