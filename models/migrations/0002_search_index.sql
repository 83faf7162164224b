-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 2: full-text search over households and their members (name, NIK,
-- KK, address, RT/RW, dusun), kept current by triggers. One FTS row per
-- household; members' names and NIKs are folded into it, so one MATCH finds
-- the household whichever of its people the cadre types.

CREATE VIRTUAL TABLE household_search USING fts5(
    household_id UNINDEXED,
    head_name, kk_number, address, rt_rw, dusun, member_names, member_niks,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- Rebuilds the FTS row of one household from the tables. Used by every trigger
-- so there is one definition of what is searchable.
-- FTS rowid = household rowid, so triggers delete by an indexed key rather
-- than scanning the index.
CREATE VIEW household_search_source AS
SELECT h.rowid AS rid,
       h.id AS household_id,
       h.head_name,
       coalesce(h.kk_number, '') AS kk_number,
       h.address,
       'RT ' || h.rt || ' RW ' || h.rw || ' ' || h.rt || '/' || h.rw AS rt_rw,
       h.dusun,
       coalesce((SELECT group_concat(m.name, ' ') FROM member m
                 WHERE m.household_id = h.id AND m.deleted_at IS NULL), '') AS member_names,
       coalesce((SELECT group_concat(m.nik, ' ') FROM member m
                 WHERE m.household_id = h.id AND m.deleted_at IS NULL AND m.nik IS NOT NULL), '') AS member_niks
FROM household h
WHERE h.deleted_at IS NULL;

INSERT INTO household_search (rowid, household_id, head_name, kk_number, address, rt_rw, dusun, member_names, member_niks)
SELECT rid, household_id, head_name, kk_number, address, rt_rw, dusun, member_names, member_niks FROM household_search_source;

CREATE TRIGGER household_search_ai AFTER INSERT ON household
BEGIN
    INSERT INTO household_search (rowid, household_id, head_name, kk_number, address, rt_rw, dusun, member_names, member_niks)
        SELECT rid, household_id, head_name, kk_number, address, rt_rw, dusun, member_names, member_niks FROM household_search_source WHERE household_id = new.id;
END;
CREATE TRIGGER household_search_au AFTER UPDATE ON household
BEGIN
    DELETE FROM household_search WHERE rowid = old.rowid;
    INSERT INTO household_search (rowid, household_id, head_name, kk_number, address, rt_rw, dusun, member_names, member_niks)
        SELECT rid, household_id, head_name, kk_number, address, rt_rw, dusun, member_names, member_niks FROM household_search_source WHERE household_id = new.id;
END;
CREATE TRIGGER member_search_ai AFTER INSERT ON member
BEGIN
    DELETE FROM household_search WHERE rowid = (SELECT rowid FROM household WHERE id = new.household_id);
    INSERT INTO household_search (rowid, household_id, head_name, kk_number, address, rt_rw, dusun, member_names, member_niks)
        SELECT rid, household_id, head_name, kk_number, address, rt_rw, dusun, member_names, member_niks FROM household_search_source WHERE household_id = new.household_id;
END;
CREATE TRIGGER member_search_au AFTER UPDATE ON member
BEGIN
    DELETE FROM household_search
        WHERE rowid IN (SELECT rowid FROM household WHERE id IN (old.household_id, new.household_id));
    INSERT INTO household_search (rowid, household_id, head_name, kk_number, address, rt_rw, dusun, member_names, member_niks)
        SELECT rid, household_id, head_name, kk_number, address, rt_rw, dusun, member_names, member_niks FROM household_search_source
        WHERE household_id IN (old.household_id, new.household_id);
END;
