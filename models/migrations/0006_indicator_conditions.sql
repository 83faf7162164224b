-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 6: questions that fit the person.
--
-- ask_if: a catalog question is asked only when another answer of the same
-- form matches ({"answer": CODE, "in": [...]} or {"answer": CODE, "not_in":
-- [...]}), or only outside a pregnancy ({"not_pregnant": true}, where the
-- pregnancy visit asks it instead). '{}' = always asked.
-- example: the number a placeholder shows ("e.g. 75,5 cm"), so each field's
-- hint fits what it asks. Catalog version 2 fills both.
ALTER TABLE indicator ADD COLUMN ask_if TEXT NOT NULL DEFAULT '{}';
ALTER TABLE indicator ADD COLUMN example REAL;
