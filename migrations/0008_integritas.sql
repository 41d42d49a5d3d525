-- Tamper evidence. Every audit row is chained to the one before it: audit_rantai holds, per audit row, the SHA-256
-- of the previous row's hash and this row's fields, computed by kinerja_rantai(), a function the app registers on
-- each of its connections (another SQLite tool cannot append to the audit without it). Rows written before this
-- migration are chained here, in id order.
CREATE TABLE audit_rantai (
    id INTEGER PRIMARY KEY REFERENCES audit(id),
    hash TEXT NOT NULL
);

WITH RECURSIVE r(id, hash) AS (
    SELECT a.id, kinerja_rantai(NULL, a.id, a.waktu, a.entitas, a.kunci, a.aksi, a.sebelum, a.sesudah)
      FROM audit a WHERE a.id = (SELECT min(id) FROM audit)
    UNION ALL
    SELECT a.id, kinerja_rantai(r.hash, a.id, a.waktu, a.entitas, a.kunci, a.aksi, a.sebelum, a.sesudah)
      FROM r JOIN audit a ON a.id = (SELECT min(id) FROM audit WHERE id > r.id)
)
INSERT INTO audit_rantai (id, hash) SELECT id, hash FROM r;

CREATE TRIGGER audit_rantai_tambah AFTER INSERT ON audit
BEGIN
 INSERT INTO audit_rantai (id, hash) VALUES (NEW.id, kinerja_rantai((SELECT hash FROM audit_rantai ORDER BY id DESC LIMIT 1), NEW.id, NEW.waktu, NEW.entitas, NEW.kunci, NEW.aksi, NEW.sebelum, NEW.sesudah));
END;
CREATE TRIGGER audit_rantai_tanpa_ubah BEFORE UPDATE ON audit_rantai BEGIN SELECT RAISE(ABORT, 'audit hanya dapat ditambah'); END;
CREATE TRIGGER audit_rantai_tanpa_hapus BEFORE DELETE ON audit_rantai BEGIN SELECT RAISE(ABORT, 'audit hanya dapat ditambah'); END;

-- A lock permit names the addendum that grants it, and is accepted only while that addendum document exists and
-- has not yet been audited, i.e. inside the transaction that creates the addendum (its audit row closes it).
DROP TABLE izin_ubah;
CREATE TABLE izin_ubah (
    tahun INTEGER NOT NULL,
    nip TEXT NOT NULL,
    addendum_id TEXT NOT NULL REFERENCES dokumen(id)
);
CREATE TRIGGER izin_ubah_addendum BEFORE INSERT ON izin_ubah
WHEN NOT EXISTS (SELECT 1 FROM dokumen d WHERE d.id = NEW.addendum_id AND d.jenis = 'addendum' AND d.tahun = NEW.tahun AND d.nip = NEW.nip)
  OR EXISTS (SELECT 1 FROM audit a WHERE a.entitas = 'dokumen' AND a.kunci = NEW.addendum_id AND a.aksi = 'addendum')
BEGIN SELECT RAISE(ABORT, 'IZIN_TANPA_ADDENDUM'); END;
