-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 5: pulled changes this device could not apply.
--
-- A change from the server that breaks the synced schema here (a field of
-- a newer version, a required field missing, a value the store refuses) is
-- kept aside with the reason in words instead of stopping every later pull:
-- the pull cursor moves on and the rest of its page is applied. One row a
-- record (its newest refused version); shown under Sinkron, and by
-- posyandu-cli info. A later version of the record that applies removes it.
CREATE TABLE sync_set_aside (
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    server_ver  INTEGER NOT NULL,
    payload     TEXT NOT NULL,      -- JSON {"fields":{..},"hlc":{..},"deleted":bool} as the server sent it
    reason      TEXT NOT NULL,
    set_aside_at TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id)
) WITHOUT ROWID;
