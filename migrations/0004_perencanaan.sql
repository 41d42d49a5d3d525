-- Planning workspace: manual IKU fields missing from v1, the kind of cascading, assignment periods
-- (definitif / Plt / Plh, ended by a mutasi rather than overwritten) and the end of service in this office.
ALTER TABLE iki ADD COLUMN tujuan TEXT NOT NULL DEFAULT '';
ALTER TABLE iki ADD COLUMN pic TEXT NOT NULL DEFAULT '';
ALTER TABLE iki ADD COLUMN cascading TEXT CHECK (cascading IN ('penuh', 'sebagian'));
-- Angka kredit target of an IKI, for jabatan fungsional (printed in the SKP's AK column).
ALTER TABLE iki ADD COLUMN ak TEXT;

ALTER TABLE pegawai ADD COLUMN tanggal_selesai TEXT;

CREATE TABLE periode_jabatan (
    id INTEGER PRIMARY KEY,
    nip TEXT NOT NULL REFERENCES pegawai(nip),
    jenis TEXT NOT NULL CHECK (jenis IN ('definitif', 'plt', 'plh')),
    jabatan TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    mulai TEXT NOT NULL,
    selesai TEXT,
    nomor_sk TEXT NOT NULL DEFAULT '',
    keterangan TEXT NOT NULL DEFAULT '',
    CHECK (selesai IS NULL OR selesai >= mulai)
);
CREATE INDEX periode_jabatan_nip ON periode_jabatan(nip);
