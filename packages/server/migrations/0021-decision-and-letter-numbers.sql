-- Decisions and letters keep the number of the document that carries them (số, ký hiệu): the chairman's decision
-- approving a task amendment (`45/QĐ-UBND`) and the apology letter (form 04). Both optional: not every ward numbers
-- them, and rows decided before this migration have none.
ALTER TABLE task_amendments ADD COLUMN decision_number text CHECK (decision_number <> '');
ALTER TABLE dossier_apologies ADD COLUMN letter_number text CHECK (letter_number <> '');
