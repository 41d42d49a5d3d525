-- Storage for large imports. Quarters move to a WITHOUT ROWID table (one b-tree per row instead of two); the
-- index on iki(tahun, nip) goes, the UNIQUE (tahun, nip, kode) index already serves it; the lock triggers of
-- 0003 keep their meaning but first ask a partial index whether any KK is locked at all, which is what lets
-- a 10,000-row import into a year with no locked KK skip the per-row joins.
DROP TRIGGER iki_kunci_ubah;
DROP TRIGGER iki_kunci_hapus;
DROP TRIGGER iki_kunci_tambah;
DROP TRIGGER target_kunci_ubah;
DROP TRIGGER target_kunci_tambah;
DROP TRIGGER target_kunci_hapus;

CREATE TABLE iki_triwulan_baru (
    iki_id INTEGER NOT NULL REFERENCES iki(id) ON DELETE CASCADE,
    triwulan INTEGER NOT NULL CHECK (triwulan BETWEEN 1 AND 4),
    target TEXT,
    realisasi TEXT,
    PRIMARY KEY (iki_id, triwulan)
) WITHOUT ROWID;
INSERT INTO iki_triwulan_baru (iki_id, triwulan, target, realisasi) SELECT iki_id, triwulan, target, realisasi FROM iki_triwulan;
DROP TABLE iki_triwulan;
ALTER TABLE iki_triwulan_baru RENAME TO iki_triwulan;

DROP INDEX iki_tahun_nip;
CREATE INDEX dokumen_terkunci ON dokumen(tahun, nip) WHERE status = 'terkunci';

CREATE TRIGGER iki_kunci_ubah BEFORE UPDATE ON iki
WHEN EXISTS (SELECT 1 FROM dokumen WHERE status = 'terkunci')
 AND EXISTS (SELECT 1 FROM dokumen d WHERE d.tahun = OLD.tahun AND d.nip = OLD.nip AND d.status = 'terkunci')
 AND NOT EXISTS (SELECT 1 FROM izin_ubah z WHERE z.tahun = OLD.tahun AND z.nip = OLD.nip)
BEGIN SELECT RAISE(ABORT, 'KK_TERKUNCI'); END;

CREATE TRIGGER iki_kunci_hapus BEFORE DELETE ON iki
WHEN EXISTS (SELECT 1 FROM dokumen WHERE status = 'terkunci')
 AND EXISTS (SELECT 1 FROM dokumen d WHERE d.tahun = OLD.tahun AND d.nip = OLD.nip AND d.status = 'terkunci')
 AND NOT EXISTS (SELECT 1 FROM izin_ubah z WHERE z.tahun = OLD.tahun AND z.nip = OLD.nip)
BEGIN SELECT RAISE(ABORT, 'KK_TERKUNCI'); END;

CREATE TRIGGER iki_kunci_tambah BEFORE INSERT ON iki
WHEN EXISTS (SELECT 1 FROM dokumen WHERE status = 'terkunci')
 AND EXISTS (SELECT 1 FROM dokumen d WHERE d.tahun = NEW.tahun AND d.nip = NEW.nip AND d.status = 'terkunci')
 AND NOT EXISTS (SELECT 1 FROM izin_ubah z WHERE z.tahun = NEW.tahun AND z.nip = NEW.nip)
BEGIN SELECT RAISE(ABORT, 'KK_TERKUNCI'); END;

-- Targets are locked; realisasi stays editable all year.
CREATE TRIGGER target_kunci_ubah BEFORE UPDATE OF target ON iki_triwulan
WHEN OLD.target IS NOT NEW.target
 AND EXISTS (SELECT 1 FROM dokumen WHERE status = 'terkunci')
 AND EXISTS (SELECT 1 FROM iki i JOIN dokumen d ON d.tahun = i.tahun AND d.nip = i.nip WHERE i.id = OLD.iki_id AND d.status = 'terkunci')
 AND NOT EXISTS (SELECT 1 FROM iki i JOIN izin_ubah z ON z.tahun = i.tahun AND z.nip = i.nip WHERE i.id = OLD.iki_id)
BEGIN SELECT RAISE(ABORT, 'KK_TERKUNCI'); END;

CREATE TRIGGER target_kunci_tambah BEFORE INSERT ON iki_triwulan
WHEN NEW.target IS NOT NULL
 AND EXISTS (SELECT 1 FROM dokumen WHERE status = 'terkunci')
 AND EXISTS (SELECT 1 FROM iki i JOIN dokumen d ON d.tahun = i.tahun AND d.nip = i.nip WHERE i.id = NEW.iki_id AND d.status = 'terkunci')
 AND NOT EXISTS (SELECT 1 FROM iki i JOIN izin_ubah z ON z.tahun = i.tahun AND z.nip = i.nip WHERE i.id = NEW.iki_id)
BEGIN SELECT RAISE(ABORT, 'KK_TERKUNCI'); END;

CREATE TRIGGER target_kunci_hapus BEFORE DELETE ON iki_triwulan
WHEN OLD.target IS NOT NULL
 AND EXISTS (SELECT 1 FROM dokumen WHERE status = 'terkunci')
 AND EXISTS (SELECT 1 FROM iki i JOIN dokumen d ON d.tahun = i.tahun AND d.nip = i.nip WHERE i.id = OLD.iki_id AND d.status = 'terkunci')
 AND NOT EXISTS (SELECT 1 FROM iki i JOIN izin_ubah z ON z.tahun = i.tahun AND z.nip = i.nip WHERE i.id = OLD.iki_id)
BEGIN SELECT RAISE(ABORT, 'KK_TERKUNCI'); END;
