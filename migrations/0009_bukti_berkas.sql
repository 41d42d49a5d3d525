-- Evidence files (bukti dukung) attached to one quarter's realisasi of an IKI. The bytes live in the database,
-- stored once per content (SHA-256), so a backup is one file and an attachment commits with its record.
CREATE TABLE berkas (
    sha256 TEXT PRIMARY KEY,
    ukuran INTEGER NOT NULL,
    isi BLOB NOT NULL
);

CREATE TABLE bukti_berkas (
    id INTEGER PRIMARY KEY,
    iki_id INTEGER NOT NULL REFERENCES iki(id) ON DELETE CASCADE,
    triwulan INTEGER NOT NULL CHECK (triwulan BETWEEN 1 AND 4),
    nama TEXT NOT NULL,
    sha256 TEXT NOT NULL REFERENCES berkas(sha256),
    ditambahkan TEXT NOT NULL,
    UNIQUE (iki_id, triwulan, sha256)
);
CREATE INDEX bukti_berkas_iki ON bukti_berkas(iki_id, triwulan);
