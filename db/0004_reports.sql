-- Reports (Biểu 06/VPCP/KSTT): the days the period report counts by, cached on each dossier and
-- kept current by triggers on the event log, so every path that appends an event (the desk, sync,
-- imports, demo data) keeps them right inside the same transaction with no code elsewhere.
--   accepted_day     the day the dossier entered the books: its RECEIVED event, else its first
--                    SUPPLEMENT_RECEIVED (a dossier first sent back for papers), else the register
--                    day of an imported one. NULL = never accepted (refused, or still waiting for
--                    papers it never brought): such a dossier is not "received" in any report.
--   withdrawn_day    the day of the WITHDRAWN event: the dossier leaves the counts from then on.
--   supplement_since the day the current supplement request stopped the clock (NULL once the
--                    papers arrive): a pending dossier whose clock is stopped is not overdue.

ALTER TABLE dossiers ADD COLUMN accepted_day TEXT;
ALTER TABLE dossiers ADD COLUMN withdrawn_day TEXT;
ALTER TABLE dossiers ADD COLUMN supplement_since TEXT;

UPDATE dossiers SET accepted_day = (
    SELECT substr(min(e.at), 1, 10) FROM events e
    WHERE e.dossier_id = dossiers.id AND e.type IN ('received', 'supplement_received')
);
UPDATE dossiers SET accepted_day = received_day
WHERE accepted_day IS NULL
  AND EXISTS (SELECT 1 FROM events e WHERE e.dossier_id = dossiers.id AND e.type = 'imported');
UPDATE dossiers SET withdrawn_day = (
    SELECT substr(max(e.at), 1, 10) FROM events e WHERE e.dossier_id = dossiers.id AND e.type = 'withdrawn'
) WHERE status = 'withdrawn';
UPDATE dossiers SET supplement_since = (
    SELECT substr(max(e.at), 1, 10) FROM events e WHERE e.dossier_id = dossiers.id AND e.type = 'supplement_requested'
) WHERE status = 'supplement_requested';

CREATE TRIGGER reports_on_received AFTER INSERT ON events WHEN NEW.type = 'received'
BEGIN
    UPDATE dossiers SET accepted_day = coalesce(accepted_day, substr(NEW.at, 1, 10)) WHERE id = NEW.dossier_id;
END;

CREATE TRIGGER reports_on_supplement_received AFTER INSERT ON events WHEN NEW.type = 'supplement_received'
BEGIN
    UPDATE dossiers SET accepted_day = coalesce(accepted_day, substr(NEW.at, 1, 10)), supplement_since = NULL
    WHERE id = NEW.dossier_id;
END;

CREATE TRIGGER reports_on_supplement_requested AFTER INSERT ON events WHEN NEW.type = 'supplement_requested'
BEGIN
    UPDATE dossiers SET supplement_since = substr(NEW.at, 1, 10) WHERE id = NEW.dossier_id;
END;

CREATE TRIGGER reports_on_imported AFTER INSERT ON events WHEN NEW.type = 'imported'
BEGIN
    UPDATE dossiers SET accepted_day = coalesce(accepted_day, received_day) WHERE id = NEW.dossier_id;
END;

CREATE TRIGGER reports_on_withdrawn AFTER INSERT ON events WHEN NEW.type = 'withdrawn'
BEGIN
    UPDATE dossiers SET withdrawn_day = substr(NEW.at, 1, 10) WHERE id = NEW.dossier_id;
END;

-- The period report reads three index ranges: accepted in the period, accepted before it and
-- resolved from its first day on, and accepted before it and still unresolved.
CREATE INDEX dossiers_accepted_day ON dossiers (accepted_day);
CREATE INDEX dossiers_result_accepted ON dossiers (result_at, accepted_day);
