-- Tracking and search: a word index over the folded applicant name, and indexes for the work queues.

-- External-content FTS5 over dossiers.name_folded (already accent-folded, đ→d, lower): the
-- index stores only the token lists, the text stays in dossiers. Lifecycle updates never touch
-- name_folded, so only receiving a dossier (or a correction of the name) writes to it.
CREATE VIRTUAL TABLE dossier_names USING fts5 (
    name_folded,
    content = 'dossiers',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    detail = 'none'
);

INSERT INTO dossier_names (dossier_names) VALUES ('rebuild');

CREATE TRIGGER dossier_names_ai AFTER INSERT ON dossiers
BEGIN
    INSERT INTO dossier_names (rowid, name_folded) VALUES (new.id, new.name_folded);
END;

CREATE TRIGGER dossier_names_ad AFTER DELETE ON dossiers
BEGIN
    INSERT INTO dossier_names (dossier_names, rowid, name_folded) VALUES ('delete', old.id, old.name_folded);
END;

CREATE TRIGGER dossier_names_au AFTER UPDATE OF name_folded ON dossiers
BEGIN
    INSERT INTO dossier_names (dossier_names, rowid, name_folded) VALUES ('delete', old.id, old.name_folded);
    INSERT INTO dossier_names (rowid, name_folded) VALUES (new.id, new.name_folded);
END;

-- The "returned" queue is the big one (most dossiers end there): newest returns first.
CREATE INDEX dossiers_status_returned ON dossiers (status, returned_at);
-- "Ready to return": oldest results first.
CREATE INDEX dossiers_status_result ON dossiers (status, result_at);
-- Dossier codes by their date-and-sequence tail (what a clerk reads off a slip: 261207-1001).
CREATE INDEX dossiers_code_tail ON dossiers (substr(code, -11));
-- Attachments listed per dossier are covered by the primary key (dossier_id, sha256).
