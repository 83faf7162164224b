-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 4: what the device's sync engine keeps.
--
-- A change the server refused (outside this device's Posyandu, a parent the
-- server does not know, ...) leaves the outbox, because one refused change
-- must never hold up the ones behind it. It is kept here with the server's
-- reason in words, visible to the cadre, until the record is corrected.
-- Everything else sync remembers (server, device id on the server, op_seq,
-- pull cursor, last result) is in meta under sync_*; the token is in the OS
-- keychain only.
CREATE TABLE sync_rejected (
    op_id       TEXT PRIMARY KEY,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    op          TEXT NOT NULL,
    payload     TEXT NOT NULL,
    hlc         TEXT NOT NULL,
    reason      TEXT NOT NULL,
    rejected_at TEXT NOT NULL
) WITHOUT ROWID;
