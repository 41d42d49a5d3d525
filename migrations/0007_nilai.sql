-- Admission of an HKT (seed 000): an inovasi counts only once the unit's Pengelola Inovasi approved it; existing
-- rows start unapproved, so their finding (HKT-009) asks the officer to confirm it rather than assuming it.
-- Each HKT IKI is scored with its own polarisasi (seed 001); empty means maximize.
ALTER TABLE hkt ADD COLUMN disetujui_pengelola INTEGER NOT NULL DEFAULT 0;
ALTER TABLE hkt ADD COLUMN polarisasi TEXT CHECK (polarisasi IN ('maximize', 'minimize', 'stabilize'));

-- Pagu DIPA of the year (rupiah, decimal text): the biaya aspect of the SKP prints it (seed 004 rules 13-14).
ALTER TABLE tahun ADD COLUMN pagu_dipa TEXT;

-- Hukuman disiplin (KMK 127): category, MPJHD score and the date imposed; it counts from that quarter for 2, 3 or 4
-- quarters (ringan, sedang, berat), across years, so it belongs to the pegawai, not to a year.
CREATE TABLE hukdis (
    id INTEGER PRIMARY KEY,
    nip TEXT NOT NULL REFERENCES pegawai(nip),
    kategori TEXT NOT NULL CHECK (kategori IN ('ringan', 'sedang', 'berat')),
    skor_mpjhd TEXT NOT NULL,
    tanggal TEXT NOT NULL,
    keterangan TEXT NOT NULL DEFAULT ''
);
CREATE INDEX hukdis_nip ON hukdis (nip);

-- What the NKP of a year needs beyond the figures (KMK 127): the TPK's koreksi (±5) with its reason, and whether the
-- pegawai's jabatan fungsional is substantive (JF substansi is anchored like one level below the head).
CREATE TABLE penyesuaian_nkp (
    tahun INTEGER NOT NULL REFERENCES tahun(tahun),
    nip TEXT NOT NULL REFERENCES pegawai(nip),
    koreksi TEXT,
    alasan_koreksi TEXT NOT NULL DEFAULT '',
    jf_substansi INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (tahun, nip)
);

-- KK komplemen (seed 004): for a take-last-known progress IKU the newcomer answers for what is achieved after the
-- hand-over, so the predecessor's realisasi at hand-over is kept on the newcomer's IKI and taken off their figures.
ALTER TABLE iki ADD COLUMN realisasi_serah_terima TEXT;

-- Why a pegawai with status kembali_bertugas returned (seed 004): from leave (cuti: a KK within 15 days) or from
-- tugas belajar / diperbantukan / dipekerjakan during the year (a KK komplemen within 15 working days).
ALTER TABLE pegawai ADD COLUMN kembali_dari TEXT CHECK (kembali_dari IN ('cuti', 'penugasan'));
