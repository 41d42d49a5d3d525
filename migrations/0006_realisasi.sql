-- Evidence of a quarter's realisasi (document number, link, or where the data dukung is kept): realisasi is
-- reported with its data dukung, and the officer must be able to say where each figure came from.
ALTER TABLE iki_triwulan ADD COLUMN bukti TEXT NOT NULL DEFAULT '';

-- Dialog kinerja individu: held with the atasan (or ketua tim) and reported at least once a quarter; the app keeps
-- the record and checks every quarter that has ended (DKI-001).
CREATE TABLE dialog_kinerja (
    id INTEGER PRIMARY KEY,
    tahun INTEGER NOT NULL REFERENCES tahun(tahun),
    nip TEXT NOT NULL REFERENCES pegawai(nip),
    tanggal TEXT NOT NULL,
    tahap TEXT NOT NULL CHECK (tahap IN ('perencanaan', 'pelaksanaan', 'evaluasi', 'tindak_lanjut')),
    sifat TEXT NOT NULL DEFAULT 'periodik' CHECK (sifat IN ('periodik', 'insidental')),
    -- Who held it with the pegawai (atasan langsung, ketua tim).
    pihak TEXT NOT NULL DEFAULT '',
    ringkasan TEXT NOT NULL DEFAULT '',
    tindak_lanjut TEXT NOT NULL DEFAULT '',
    -- Coaching, mentoring, training, counselling agreed (a free list: no Kemenkeu text fixes the forms).
    pembinaan TEXT NOT NULL DEFAULT ''
);
CREATE INDEX dialog_kinerja_tahun_nip ON dialog_kinerja(tahun, nip);

-- Nilai perilaku kerja from the 360° assessment: the average per rater group, as the assessment reports it. NPK,
-- NKP and predikat are computed from these by the rule profile.
CREATE TABLE nilai_perilaku (
    tahun INTEGER NOT NULL REFERENCES tahun(tahun),
    nip TEXT NOT NULL REFERENCES pegawai(nip),
    atasan TEXT,
    rekan TEXT,
    bawahan TEXT,
    PRIMARY KEY (tahun, nip)
);
