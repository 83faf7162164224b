-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 3: what the session screen and register import need.
--
-- import_ref: the key a spreadsheet register gave a household or person
-- ("R-012", a row number). Members name their household by it, measurements
-- their person, and a second import of the same file finds the rows it
-- already made instead of registering them twice. NULL for rows typed in.
ALTER TABLE household ADD COLUMN import_ref TEXT;
ALTER TABLE member ADD COLUMN import_ref TEXT;
CREATE INDEX household_import_ref ON household(import_ref) WHERE import_ref IS NOT NULL;
CREATE INDEX member_import_ref ON member(import_ref) WHERE import_ref IS NOT NULL;

-- A referral made at the Posyandu (to the Puskesmas, an OPD, the social
-- office): one row per referral so reports count people, not form fields.
CREATE TABLE referral (
    id            TEXT PRIMARY KEY,
    household_id  TEXT NOT NULL REFERENCES household(id),
    member_id     TEXT REFERENCES member(id),          -- NULL: the household as a whole
    session_id    TEXT REFERENCES session(id),
    referred_on   TEXT NOT NULL,
    destination   TEXT NOT NULL,                       -- code: puskesmas, bidan, dinas_sosial, ...
    reason        TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    row_hlc TEXT NOT NULL, field_hlc TEXT NOT NULL DEFAULT '{}', server_ver INTEGER, deleted_at TEXT
);
CREATE INDEX referral_member_date ON referral(member_id, referred_on);
CREATE INDEX referral_date ON referral(referred_on);

-- Session lookups by person: "what did this person get today?"
CREATE INDEX anthropometry_session ON anthropometry(session_id) WHERE session_id IS NOT NULL;
CREATE INDEX observation_session ON observation(session_id) WHERE session_id IS NOT NULL;

-- Monthly reports read a month of visits and screenings at a time.
CREATE INDEX adult_screening_date ON adult_screening(screened_on);
CREATE INDEX anc_visit_date ON anc_visit(visit_date);
-- SPM achievement takes each subject's latest answer per indicator: these
-- let SQLite read them grouped, in order, without sorting and without
-- visiting the table (they cover every column those queries read).
CREATE INDEX observation_code_household ON observation(indicator_code, household_id, observed_on, value, member_id, deleted_at);
CREATE INDEX observation_code_member ON observation(indicator_code, member_id, observed_on, value, deleted_at);
