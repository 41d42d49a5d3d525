-- Pelaksanaan kinerja organisasi (KMK 300/KMK.01/2022, seed 003: "pelaksanaan inisiatif strategis, rencana aksi, serta
-- rencana mitigasi risiko") and pemanfaatan hasil evaluasi (penghargaan and sanksi).

-- An inisiatif strategis gains its IKU, its owner and its milestones per quarter (JSON list of
-- {triwulan, uraian, progres 0-100, status, bukti}).
ALTER TABLE inisiatif_strategis ADD COLUMN iku_kode TEXT NOT NULL DEFAULT '';
ALTER TABLE inisiatif_strategis ADD COLUMN pemilik_nip TEXT;
ALTER TABLE inisiatif_strategis ADD COLUMN tonggak TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tonggak) AND json_type(tonggak) = 'array');

-- The risk register of the unit's SS/IKU, in the shape of Kemenkeu risk management (KMK 577/KMK.01/2019): the risk
-- event, its cause and impact, the levels of likelihood and impact (1-5) before mitigation, the mitigation with its
-- owner and due date, and per quarter the monitoring (JSON list of {triwulan, status, kemungkinan, dampak, catatan}).
CREATE TABLE risiko (
    id INTEGER PRIMARY KEY,
    tahun INTEGER NOT NULL REFERENCES tahun(tahun),
    kode TEXT NOT NULL,
    ss_kode TEXT NOT NULL DEFAULT '',
    iku_kode TEXT NOT NULL DEFAULT '',
    uraian TEXT NOT NULL,
    penyebab TEXT NOT NULL DEFAULT '',
    dampak TEXT NOT NULL DEFAULT '',
    kemungkinan INTEGER NOT NULL CHECK (kemungkinan BETWEEN 1 AND 5),
    level_dampak INTEGER NOT NULL CHECK (level_dampak BETWEEN 1 AND 5),
    mitigasi TEXT NOT NULL DEFAULT '',
    pemilik_nip TEXT,
    batas TEXT NOT NULL DEFAULT '',
    pemantauan TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(pemantauan) AND json_type(pemantauan) = 'array'),
    UNIQUE (tahun, kode)
);

-- Pemanfaatan: a penghargaan or a sanksi given to a pegawai for an evaluation period (triwulan 1-4, or 0 for the
-- year), with the predikat of that period as it stood when recorded.
CREATE TABLE pemanfaatan (
    id INTEGER PRIMARY KEY,
    tahun INTEGER NOT NULL REFERENCES tahun(tahun),
    nip TEXT NOT NULL,
    triwulan INTEGER NOT NULL CHECK (triwulan BETWEEN 0 AND 4),
    jenis TEXT NOT NULL CHECK (jenis IN ('penghargaan', 'sanksi')),
    bentuk TEXT NOT NULL CHECK (
        (jenis = 'penghargaan' AND bentuk IN ('suksesi', 'kompetensi', 'penghargaan_lain'))
        OR (jenis = 'sanksi' AND bentuk IN ('teguran', 'pengalihan', 'sanksi_lain'))),
    tanggal TEXT NOT NULL,
    uraian TEXT NOT NULL DEFAULT '',
    dasar TEXT NOT NULL DEFAULT '',
    predikat TEXT NOT NULL DEFAULT ''
);
CREATE INDEX pemanfaatan_tahun ON pemanfaatan(tahun, nip);

-- The explanation of a deviation: why an IKU of the office is below its target in a quarter, as the quarterly report
-- for the level above gives it.
CREATE TABLE penjelasan_deviasi (
    tahun INTEGER NOT NULL REFERENCES tahun(tahun),
    triwulan INTEGER NOT NULL CHECK (triwulan BETWEEN 1 AND 4),
    iku_kode TEXT NOT NULL,
    penjelasan TEXT NOT NULL,
    PRIMARY KEY (tahun, triwulan, iku_kode)
);
