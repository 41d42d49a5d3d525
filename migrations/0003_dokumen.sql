-- Kontrak Kinerja documents (KK, addendum, komplemen), their printed files, inisiatif strategis, and the lock.
CREATE TABLE dokumen (
    id TEXT PRIMARY KEY,
    tahun INTEGER NOT NULL REFERENCES tahun(tahun),
    nip TEXT NOT NULL REFERENCES pegawai(nip),
    jenis TEXT NOT NULL CHECK (jenis IN ('kk', 'addendum', 'komplemen')),
    versi INTEGER NOT NULL DEFAULT 0,
    nomor TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draf', 'dicetak', 'ditandatangani', 'terkunci')),
    -- Canonical JSON of what the document prints, and its SHA-256 (also in every page's QR code).
    isi TEXT NOT NULL,
    sha_isi TEXT NOT NULL,
    alasan TEXT NOT NULL DEFAULT '',
    dibuat TEXT NOT NULL,
    dicetak TEXT,
    ditandatangani TEXT,
    dikunci TEXT,
    scan BLOB,
    sha_scan TEXT,
    UNIQUE (tahun, nip, jenis, versi)
);

-- SHA-256 of every PDF file the app wrote, for verify-pdf.
CREATE TABLE berkas_dokumen (
    sha TEXT PRIMARY KEY,
    dokumen_id TEXT NOT NULL REFERENCES dokumen(id),
    sha_isi TEXT NOT NULL,
    dibuat TEXT NOT NULL
);

CREATE TABLE inisiatif_strategis (
    id INTEGER PRIMARY KEY,
    tahun INTEGER NOT NULL REFERENCES tahun(tahun),
    kode TEXT NOT NULL,
    nama TEXT NOT NULL,
    ss_kode TEXT,
    keterangan TEXT NOT NULL DEFAULT '',
    UNIQUE (tahun, kode)
);

-- Filled only inside the transaction that applies an addendum; the lock triggers let that one change through.
CREATE TABLE izin_ubah (
    tahun INTEGER NOT NULL,
    nip TEXT NOT NULL
);

CREATE TRIGGER iki_kunci_ubah BEFORE UPDATE ON iki
WHEN EXISTS (SELECT 1 FROM dokumen d WHERE d.tahun = OLD.tahun AND d.nip = OLD.nip AND d.status = 'terkunci')
 AND NOT EXISTS (SELECT 1 FROM izin_ubah z WHERE z.tahun = OLD.tahun AND z.nip = OLD.nip)
BEGIN SELECT RAISE(ABORT, 'KK_TERKUNCI'); END;

CREATE TRIGGER iki_kunci_hapus BEFORE DELETE ON iki
WHEN EXISTS (SELECT 1 FROM dokumen d WHERE d.tahun = OLD.tahun AND d.nip = OLD.nip AND d.status = 'terkunci')
 AND NOT EXISTS (SELECT 1 FROM izin_ubah z WHERE z.tahun = OLD.tahun AND z.nip = OLD.nip)
BEGIN SELECT RAISE(ABORT, 'KK_TERKUNCI'); END;

CREATE TRIGGER iki_kunci_tambah BEFORE INSERT ON iki
WHEN EXISTS (SELECT 1 FROM dokumen d WHERE d.tahun = NEW.tahun AND d.nip = NEW.nip AND d.status = 'terkunci')
 AND NOT EXISTS (SELECT 1 FROM izin_ubah z WHERE z.tahun = NEW.tahun AND z.nip = NEW.nip)
BEGIN SELECT RAISE(ABORT, 'KK_TERKUNCI'); END;

-- Targets are locked; realisasi stays editable all year.
CREATE TRIGGER target_kunci_ubah BEFORE UPDATE OF target ON iki_triwulan
WHEN OLD.target IS NOT NEW.target
 AND EXISTS (SELECT 1 FROM iki i JOIN dokumen d ON d.tahun = i.tahun AND d.nip = i.nip WHERE i.id = OLD.iki_id AND d.status = 'terkunci')
 AND NOT EXISTS (SELECT 1 FROM iki i JOIN izin_ubah z ON z.tahun = i.tahun AND z.nip = i.nip WHERE i.id = OLD.iki_id)
BEGIN SELECT RAISE(ABORT, 'KK_TERKUNCI'); END;

CREATE TRIGGER target_kunci_tambah BEFORE INSERT ON iki_triwulan
WHEN NEW.target IS NOT NULL
 AND EXISTS (SELECT 1 FROM iki i JOIN dokumen d ON d.tahun = i.tahun AND d.nip = i.nip WHERE i.id = NEW.iki_id AND d.status = 'terkunci')
 AND NOT EXISTS (SELECT 1 FROM iki i JOIN izin_ubah z ON z.tahun = i.tahun AND z.nip = i.nip WHERE i.id = NEW.iki_id)
BEGIN SELECT RAISE(ABORT, 'KK_TERKUNCI'); END;

CREATE TRIGGER target_kunci_hapus BEFORE DELETE ON iki_triwulan
WHEN OLD.target IS NOT NULL
 AND EXISTS (SELECT 1 FROM iki i JOIN dokumen d ON d.tahun = i.tahun AND d.nip = i.nip WHERE i.id = OLD.iki_id AND d.status = 'terkunci')
 AND NOT EXISTS (SELECT 1 FROM iki i JOIN izin_ubah z ON z.tahun = i.tahun AND z.nip = i.nip WHERE i.id = OLD.iki_id)
BEGIN SELECT RAISE(ABORT, 'KK_TERKUNCI'); END;

-- Take-last-known IKUs are either cumulative progress or the same target each period (sisa target differs).
ALTER TABLE iki ADD COLUMN sifat_tlk TEXT CHECK (sifat_tlk IN ('progress', 'akumulasi'));
