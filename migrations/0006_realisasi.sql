-- Evidence of a quarter's realisasi (document number, link, or where the data dukung is kept): realisasi is
-- reported with its data dukung, and the officer must be able to say where each figure came from.
ALTER TABLE iki_triwulan ADD COLUMN bukti TEXT NOT NULL DEFAULT '';
