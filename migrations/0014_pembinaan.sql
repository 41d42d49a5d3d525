-- Umpan balik berkelanjutan and pembinaan kinerja (KMK 300/KMK.01/2022, seed 003): umpan balik given incidentally or
-- quarterly, directly or indirectly; pembinaan as Bimbingan Kinerja (coaching, mentoring, formal and informal
-- training) and Konseling Kinerja, to one pegawai (personal) or a group (kelompok). Konseling is individual and
-- confidential: its record is kept `rahasia`, its topic and agreed action shown only on a deliberate, audited
-- opening and never in a list, an export or a report. Who took part is kept as JSON (a list of NIPs).
CREATE TABLE pembinaan (
    id INTEGER PRIMARY KEY,
    tahun INTEGER NOT NULL REFERENCES tahun(tahun),
    jenis TEXT NOT NULL CHECK (jenis IN ('umpan_balik', 'coaching', 'mentoring', 'pelatihan_formal', 'pelatihan_informal', 'konseling')),
    sifat TEXT NOT NULL CHECK (sifat IN ('personal', 'kelompok')),
    -- For umpan balik: insidental or triwulanan, langsung or tidak langsung (free words of the office otherwise).
    cara TEXT NOT NULL DEFAULT '',
    tanggal TEXT NOT NULL,
    pemberi TEXT NOT NULL DEFAULT '',
    peserta TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(peserta) AND json_type(peserta) = 'array'),
    topik TEXT NOT NULL,
    tindak_lanjut TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('rencana', 'berjalan', 'selesai')),
    rahasia INTEGER NOT NULL DEFAULT 0 CHECK (rahasia IN (0, 1) AND (jenis <> 'konseling' OR rahasia = 1))
);
CREATE INDEX pembinaan_tahun ON pembinaan(tahun);
