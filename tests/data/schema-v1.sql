-- SPDX-License-Identifier: GPL-3.0-or-later
-- Frozen fixture: a store at schema version 1 (release 0.1 before the search index),
-- made with migrations/0001_initial.sql and a few hand-written rows. Never regenerate it
-- from newer code: it stands for databases already on cadres' laptops.
PRAGMA user_version = 1;
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO meta VALUES('catalog_version','1');
INSERT INTO meta VALUES('device_id','0190a000-0000-7000-8000-000000000001');
INSERT INTO meta VALUES('hlc_last','000001719800000000-00002-0190a000-0000-7000-8000-000000000001');
CREATE TABLE wilayah (
    code        TEXT PRIMARY KEY CHECK (length(code) IN (2, 4, 6, 10)),
    level       TEXT NOT NULL CHECK (level IN ('provinsi', 'kabupaten', 'kecamatan', 'desa')),
    name        TEXT NOT NULL,
    parent_code TEXT REFERENCES wilayah(code)
) WITHOUT ROWID;
CREATE TABLE posyandu (
    id           TEXT PRIMARY KEY,
    code         TEXT NOT NULL,
    name         TEXT NOT NULL,
    village_code TEXT NOT NULL,
    dusun_list   TEXT NOT NULL DEFAULT '[]',   -- JSON array of covered dusun / RW
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    row_hlc TEXT NOT NULL, field_hlc TEXT NOT NULL DEFAULT '{}', server_ver INTEGER, deleted_at TEXT
);
INSERT INTO posyandu VALUES('0190a000-0000-7000-8000-0000000000a1','PSY-001','Posyandu Mawar','3578010001','[]','2024-07-01T08:00:00.000Z','2024-07-01T08:00:00.000Z','kader','000001719800000000-00000-0190a000-0000-7000-8000-000000000001','{}',NULL,NULL);
CREATE TABLE household (
    id           TEXT PRIMARY KEY,
    posyandu_id  TEXT NOT NULL REFERENCES posyandu(id),
    kk_number    TEXT,
    head_name    TEXT NOT NULL,
    address      TEXT NOT NULL DEFAULT '',
    rt           TEXT NOT NULL,
    rw           TEXT NOT NULL,
    dusun        TEXT NOT NULL DEFAULT '',
    village_code TEXT NOT NULL,
    dasawisma    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    row_hlc TEXT NOT NULL, field_hlc TEXT NOT NULL DEFAULT '{}', server_ver INTEGER, deleted_at TEXT
);
INSERT INTO household VALUES('0190a000-0000-7000-8000-0000000000b1','0190a000-0000-7000-8000-0000000000a1','3578011503150002','Budi Santoso','Jl. Kenanga 4','003','001','Krajan','3578010001','Melati 1','2024-07-01T08:01:00.000Z','2024-07-01T08:01:00.000Z','kader','000001719800000000-00001-0190a000-0000-7000-8000-000000000001','{}',17,NULL);
INSERT INTO household VALUES('0190a000-0000-7000-8000-0000000000b2','0190a000-0000-7000-8000-0000000000a1',NULL,'Wayan Sudarta','','004','002','Sumberejo','3578010001','','2024-07-01T08:02:00.000Z','2024-07-01T08:02:00.000Z','kader','000001719800000000-00001-0190a000-0000-7000-8000-000000000001','{}',NULL,NULL);
CREATE TABLE member (
    id                   TEXT PRIMARY KEY,
    household_id         TEXT NOT NULL REFERENCES household(id),
    nik                  TEXT,
    name                 TEXT NOT NULL,
    sex                  TEXT NOT NULL CHECK (sex IN ('L', 'P')),
    birth_date           TEXT NOT NULL,
    birth_date_estimated INTEGER NOT NULL DEFAULT 0,
    relationship         TEXT NOT NULL,
    father_name          TEXT NOT NULL DEFAULT '',
    mother_name          TEXT NOT NULL DEFAULT '',
    education            TEXT NOT NULL DEFAULT '',
    occupation           TEXT NOT NULL DEFAULT '',
    disability           TEXT NOT NULL DEFAULT '',
    status               TEXT NOT NULL DEFAULT 'alive' CHECK (status IN ('alive', 'died', 'moved')),
    status_date          TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    row_hlc TEXT NOT NULL, field_hlc TEXT NOT NULL DEFAULT '{}', server_ver INTEGER, deleted_at TEXT
);
INSERT INTO member VALUES('0190a000-0000-7000-8000-0000000000c1','0190a000-0000-7000-8000-0000000000b1','3578011205900001','Budi Santoso','L','1990-05-12',0,'kepala_keluarga','','','','','','alive',NULL,'2024-07-01T08:03:00.000Z','2024-07-01T08:03:00.000Z','kader','000001719800000000-00002-0190a000-0000-7000-8000-000000000001','{}',NULL,NULL);
INSERT INTO member VALUES('0190a000-0000-7000-8000-0000000000c2','0190a000-0000-7000-8000-0000000000b1','3578015205920003','Siti Aminah','P','1992-05-12',0,'istri','','','','','','alive',NULL,'2024-07-01T08:03:00.000Z','2024-07-01T08:03:00.000Z','kader','000001719800000000-00002-0190a000-0000-7000-8000-000000000001','{}',NULL,NULL);
INSERT INTO member VALUES('0190a000-0000-7000-8000-0000000000c3','0190a000-0000-7000-8000-0000000000b1',NULL,'Ahmad Rizky','L','2023-02-01',0,'anak','','','','','','alive',NULL,'2024-07-01T08:03:00.000Z','2024-07-01T08:03:00.000Z','kader','000001719800000000-00002-0190a000-0000-7000-8000-000000000001','{}',NULL,NULL);
CREATE TABLE session (
    id           TEXT PRIMARY KEY,
    posyandu_id  TEXT NOT NULL REFERENCES posyandu(id),
    session_date TEXT NOT NULL,
    notes        TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    row_hlc TEXT NOT NULL, field_hlc TEXT NOT NULL DEFAULT '{}', server_ver INTEGER, deleted_at TEXT
);
CREATE TABLE indicator (
    code              TEXT PRIMARY KEY,
    field             TEXT NOT NULL CHECK (field IN ('pendidikan', 'kesehatan', 'pekerjaan_umum',
                                                     'perumahan', 'trantibumlinmas', 'sosial')),
    service           TEXT NOT NULL,
    label_id          TEXT NOT NULL,
    label_en          TEXT NOT NULL,
    value_type        TEXT NOT NULL CHECK (value_type IN ('boolean', 'integer', 'number', 'code', 'text', 'date')),
    unit              TEXT NOT NULL DEFAULT '',
    min_value         REAL,
    max_value         REAL,
    code_list         TEXT NOT NULL DEFAULT '[]',   -- JSON [{"code":..,"id":..,"en":..}]
    subject           TEXT NOT NULL CHECK (subject IN ('household', 'member')),
    age_min_months    INTEGER,
    age_max_months    INTEGER,
    sex               TEXT CHECK (sex IN ('L', 'P')),
    valid_from        TEXT,
    valid_to          TEXT,
    report_mapping    TEXT NOT NULL DEFAULT '{}',   -- JSON: how the SPM report counts it
    typed_target      TEXT,                         -- 'table.column' when a typed table holds it; NULL = observation
    sort_order        INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
INSERT INTO indicator VALUES('pu_latrine','pekerjaan_umum','air_limbah','Jamban','Latrine','code','',NULL,NULL,'[{"code":"own"}]','household',NULL,NULL,NULL,NULL,NULL,'{}',NULL,0);
CREATE TABLE observation (
    id             TEXT PRIMARY KEY,
    session_id     TEXT REFERENCES session(id),
    household_id   TEXT NOT NULL REFERENCES household(id),
    member_id      TEXT REFERENCES member(id),          -- NULL for household indicators
    indicator_code TEXT NOT NULL REFERENCES indicator(code),
    observed_on    TEXT NOT NULL,
    value          TEXT NOT NULL,                        -- canonical text of the typed value
    referral_to    TEXT NOT NULL DEFAULT '',             -- OPD / Puskesmas / social office; empty = none
    notes          TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    row_hlc TEXT NOT NULL, field_hlc TEXT NOT NULL DEFAULT '{}', server_ver INTEGER, deleted_at TEXT
);
INSERT INTO observation VALUES('0190a000-0000-7000-8000-0000000000d1',NULL,'0190a000-0000-7000-8000-0000000000b1',NULL,'pu_latrine','2024-07-01','own','','','2024-07-01T08:04:00.000Z','2024-07-01T08:04:00.000Z','kader','000001719800000000-00002-0190a000-0000-7000-8000-000000000001','{}',NULL,NULL);
CREATE TABLE anthropometry (
    id            TEXT PRIMARY KEY,
    member_id     TEXT NOT NULL REFERENCES member(id),
    session_id    TEXT REFERENCES session(id),
    measured_on   TEXT NOT NULL,
    weight_kg     REAL,
    lenhei_cm     REAL,
    position      TEXT NOT NULL DEFAULT 'lying' CHECK (position IN ('lying', 'standing')),
    muac_cm       REAL,
    head_circ_cm  REAL,
    oedema        INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    row_hlc TEXT NOT NULL, field_hlc TEXT NOT NULL DEFAULT '{}', server_ver INTEGER, deleted_at TEXT
);
CREATE TABLE immunisation (
    id            TEXT PRIMARY KEY,
    member_id     TEXT NOT NULL REFERENCES member(id),
    session_id    TEXT REFERENCES session(id),
    vaccine_code  TEXT NOT NULL,          -- HB0, BCG, OPV1, DPT-HB-Hib1, MR1, ... (schedule_rule data)
    given_on      TEXT NOT NULL,
    given_at      TEXT NOT NULL DEFAULT 'posyandu',  -- posyandu / puskesmas / elsewhere
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    row_hlc TEXT NOT NULL, field_hlc TEXT NOT NULL DEFAULT '{}', server_ver INTEGER, deleted_at TEXT
);
CREATE TABLE vitamin_a (
    id          TEXT PRIMARY KEY,
    member_id   TEXT NOT NULL REFERENCES member(id),
    session_id  TEXT REFERENCES session(id),
    given_on    TEXT NOT NULL,
    capsule     TEXT NOT NULL CHECK (capsule IN ('blue', 'red')),  -- blue 100 000 IU, red 200 000 IU
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    row_hlc TEXT NOT NULL, field_hlc TEXT NOT NULL DEFAULT '{}', server_ver INTEGER, deleted_at TEXT
);
CREATE TABLE pregnancy (
    id            TEXT PRIMARY KEY,
    member_id     TEXT NOT NULL REFERENCES member(id),
    lmp_date      TEXT,                   -- first day of the last menstrual period, if known
    edd           TEXT,                   -- expected delivery date
    gravida       INTEGER,
    parity        INTEGER,
    status        TEXT NOT NULL DEFAULT 'ongoing' CHECK (status IN ('ongoing', 'delivered', 'ended')),
    outcome_date  TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    row_hlc TEXT NOT NULL, field_hlc TEXT NOT NULL DEFAULT '{}', server_ver INTEGER, deleted_at TEXT
);
CREATE TABLE anc_visit (
    id                TEXT PRIMARY KEY,
    pregnancy_id      TEXT NOT NULL REFERENCES pregnancy(id),
    session_id        TEXT REFERENCES session(id),
    visit_date        TEXT NOT NULL,
    gestational_weeks INTEGER,
    weight_kg         REAL,
    muac_cm           REAL,                -- LILA < 23.5 cm = KEK
    systolic          INTEGER,
    diastolic         INTEGER,
    iron_tablets      INTEGER NOT NULL DEFAULT 0,
    referral_to       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    row_hlc TEXT NOT NULL, field_hlc TEXT NOT NULL DEFAULT '{}', server_ver INTEGER, deleted_at TEXT
);
CREATE TABLE adult_screening (
    id            TEXT PRIMARY KEY,
    member_id     TEXT NOT NULL REFERENCES member(id),
    session_id    TEXT REFERENCES session(id),
    screened_on   TEXT NOT NULL,
    weight_kg     REAL,
    height_cm     REAL,
    waist_cm      REAL,
    systolic      INTEGER,
    diastolic     INTEGER,
    glucose_mg_dl REAL,
    glucose_kind  TEXT CHECK (glucose_kind IN ('fasting', 'random', 'post_meal')),
    tb_symptoms   INTEGER NOT NULL DEFAULT 0,
    smoker        INTEGER NOT NULL DEFAULT 0,
    referral_to   TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    row_hlc TEXT NOT NULL, field_hlc TEXT NOT NULL DEFAULT '{}', server_ver INTEGER, deleted_at TEXT
);
CREATE TABLE incident (
    id                 TEXT PRIMARY KEY,
    posyandu_id        TEXT NOT NULL REFERENCES posyandu(id),
    occurred_on        TEXT NOT NULL,
    incident_type      TEXT NOT NULL,      -- flood, landslide, fire, earthquake, conflict, ...
    families_affected  INTEGER NOT NULL DEFAULT 0,
    people_affected    INTEGER NOT NULL DEFAULT 0,
    people_displaced   INTEGER NOT NULL DEFAULT 0,
    notes              TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    row_hlc TEXT NOT NULL, field_hlc TEXT NOT NULL DEFAULT '{}', server_ver INTEGER, deleted_at TEXT
);
CREATE TABLE audit_log (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    changes    TEXT NOT NULL            -- JSON of the changed fields (new values)
);
INSERT INTO audit_log VALUES(1,'2024-07-01T08:02:00.000Z','kader','insert','household','0190a000-0000-7000-8000-0000000000b2','{}');
CREATE TABLE outbox (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,  -- becomes the push op_seq order
    op_id           TEXT NOT NULL UNIQUE,               -- UUIDv7 of this mutation
    entity          TEXT NOT NULL,
    entity_id       TEXT NOT NULL,
    op              TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    payload         TEXT NOT NULL,                      -- JSON {"fields":{..},"hlc":{field: stamp}}
    hlc             TEXT NOT NULL,
    base_server_ver INTEGER,                            -- version the edit was made on (NULL: new row)
    created_at      TEXT NOT NULL
);
INSERT INTO outbox VALUES(1,'0190a000-0000-7000-8000-0000000000e1','household','0190a000-0000-7000-8000-0000000000b2','insert','{"fields":{"head_name":"Wayan Sudarta"}}','000001719800000000-00001-0190a000-0000-7000-8000-000000000001',NULL,'2024-07-01T08:02:00.000Z');
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('outbox',1);
INSERT INTO sqlite_sequence VALUES('audit_log',1);
CREATE UNIQUE INDEX posyandu_code ON posyandu(code) WHERE deleted_at IS NULL;
CREATE INDEX household_posyandu ON household(posyandu_id);
CREATE INDEX household_kk ON household(kk_number);
CREATE INDEX member_household ON member(household_id);
CREATE INDEX member_nik ON member(nik) WHERE nik IS NOT NULL;
CREATE INDEX member_birth ON member(birth_date);
CREATE INDEX session_posyandu_date ON session(posyandu_id, session_date);
CREATE INDEX observation_subject ON observation(household_id, member_id, indicator_code, observed_on);
CREATE INDEX observation_indicator_date ON observation(indicator_code, observed_on);
CREATE INDEX anthropometry_member_date ON anthropometry(member_id, measured_on);
CREATE INDEX anthropometry_date ON anthropometry(measured_on);
CREATE INDEX immunisation_member ON immunisation(member_id, vaccine_code);
CREATE INDEX immunisation_date ON immunisation(given_on);
CREATE INDEX vitamin_a_member ON vitamin_a(member_id, given_on);
CREATE INDEX pregnancy_member ON pregnancy(member_id);
CREATE INDEX anc_visit_pregnancy ON anc_visit(pregnancy_id, visit_date);
CREATE INDEX adult_screening_member ON adult_screening(member_id, screened_on);
CREATE INDEX incident_posyandu_date ON incident(posyandu_id, occurred_on);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE INDEX outbox_entity ON outbox(entity, entity_id);
