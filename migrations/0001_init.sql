-- Kinerja schema v1. Decimal values are stored as TEXT so that no score or target passes through a float.
CREATE TABLE kantor (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    nama TEXT NOT NULL,
    alamat TEXT NOT NULL DEFAULT '',
    kota TEXT NOT NULL DEFAULT '',
    telepon TEXT NOT NULL DEFAULT '',
    induk TEXT NOT NULL DEFAULT '',
    pengelola_kinerja_nip TEXT,
    -- The Kepala Kantor's pejabat penilai sits outside the office (the Kanwil head).
    atasan_kepala_nama TEXT NOT NULL DEFAULT '',
    atasan_kepala_nip TEXT NOT NULL DEFAULT '',
    atasan_kepala_pangkat TEXT NOT NULL DEFAULT '',
    atasan_kepala_jabatan TEXT NOT NULL DEFAULT '',
    logo BLOB
);

CREATE TABLE unit (
    id INTEGER PRIMARY KEY,
    induk_id INTEGER REFERENCES unit(id),
    nama TEXT NOT NULL,
    jenis TEXT NOT NULL CHECK (jenis IN ('kantor', 'seksi', 'subbagian')),
    kepala_nip TEXT,
    urutan INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE pegawai (
    nip TEXT PRIMARY KEY CHECK (length(nip) = 18),
    nama TEXT NOT NULL,
    pangkat TEXT NOT NULL DEFAULT '',
    golongan TEXT NOT NULL DEFAULT '',
    jabatan TEXT NOT NULL,
    jenis_jabatan TEXT NOT NULL CHECK (jenis_jabatan IN ('struktural', 'pelaksana', 'fungsional')),
    tingkat TEXT NOT NULL CHECK (tingkat IN ('pemilik_peta', 'administrator', 'pengawas', 'pelaksana', 'fungsional')),
    jenjang TEXT,
    unit_id INTEGER REFERENCES unit(id),
    atasan_nip TEXT REFERENCES pegawai(nip) DEFERRABLE INITIALLY DEFERRED,
    status TEXT NOT NULL CHECK (status IN ('aktif', 'cpns', 'mutasi', 'kembali_bertugas', 'tugas_belajar', 'harian', 'cltn')),
    tanggal_mulai TEXT NOT NULL
);
CREATE INDEX pegawai_unit ON pegawai(unit_id);
CREATE INDEX pegawai_atasan ON pegawai(atasan_nip);

CREATE TABLE tahun (
    tahun INTEGER PRIMARY KEY,
    profil TEXT NOT NULL CHECK (profil IN ('kmk467-2014', 'kmk300-2022', 'kmk127-2026'))
);

CREATE TABLE sasaran_strategis (
    id INTEGER PRIMARY KEY,
    tahun INTEGER NOT NULL REFERENCES tahun(tahun),
    kode TEXT NOT NULL,
    nama TEXT NOT NULL,
    perspektif TEXT NOT NULL CHECK (perspektif IN ('stakeholder', 'customer', 'internal_process', 'learning_growth')),
    UNIQUE (tahun, kode)
);

-- One IKU/IKI of one pegawai in one year, with its manual fields; cascading points at the parent IKU.
CREATE TABLE iki (
    id INTEGER PRIMARY KEY,
    tahun INTEGER NOT NULL REFERENCES tahun(tahun),
    nip TEXT NOT NULL REFERENCES pegawai(nip),
    kode TEXT NOT NULL,
    nama TEXT NOT NULL,
    ss_id INTEGER REFERENCES sasaran_strategis(id),
    induk_id INTEGER REFERENCES iki(id),
    jenis TEXT NOT NULL DEFAULT 'utama' CHECK (jenis IN ('utama', 'tambahan', 'mandatory')),
    aspek TEXT CHECK (aspek IN ('kuantitas', 'kualitas', 'waktu', 'biaya')),
    kategori TEXT NOT NULL DEFAULT 'lama' CHECK (kategori IN ('lama', 'baru_tanpa_historis', 'baru_dengan_historis')),
    satuan TEXT NOT NULL DEFAULT '',
    polarisasi TEXT CHECK (polarisasi IN ('maximize', 'minimize', 'stabilize')),
    konsolidasi TEXT CHECK (konsolidasi IN ('sum', 'average', 'take_last_known')),
    validitas TEXT CHECK (validitas IN ('exact', 'proxy', 'activity')),
    kendali TEXT CHECK (kendali IN ('low', 'moderate', 'high')),
    konversi_120 INTEGER NOT NULL DEFAULT 0,
    r_worst TEXT,
    target_tahunan TEXT,
    target_y1 TEXT,
    realisasi_y1 TEXT,
    definisi TEXT NOT NULL DEFAULT '',
    formula TEXT NOT NULL DEFAULT '',
    sumber_data TEXT NOT NULL DEFAULT '',
    periode_pelaporan TEXT NOT NULL DEFAULT 'triwulanan',
    urutan INTEGER NOT NULL DEFAULT 0,
    UNIQUE (tahun, nip, kode)
);
CREATE INDEX iki_tahun_nip ON iki(tahun, nip);

CREATE TABLE iki_triwulan (
    iki_id INTEGER NOT NULL REFERENCES iki(id) ON DELETE CASCADE,
    triwulan INTEGER NOT NULL CHECK (triwulan BETWEEN 1 AND 4),
    target TEXT,
    realisasi TEXT,
    PRIMARY KEY (iki_id, triwulan)
);

CREATE TABLE hkt (
    id INTEGER PRIMARY KEY,
    tahun INTEGER NOT NULL REFERENCES tahun(tahun),
    nip TEXT NOT NULL REFERENCES pegawai(nip),
    judul TEXT NOT NULL,
    jenis TEXT NOT NULL CHECK (jenis IN ('inovasi', 'squad_team', 'penugasan_lain')),
    lingkup TEXT CHECK (lingkup IN ('tim_kerja', 'unit_kerja', 'instansi', 'nasional')),
    penuh_waktu INTEGER NOT NULL DEFAULT 0,
    pemilik_kinerja TEXT CHECK (pemilik_kinerja IN ('menteri', 'pptm', 'pptp')),
    nomor_sk TEXT,
    lolos_seleksi INTEGER NOT NULL DEFAULT 0,
    tanggal_implementasi TEXT,
    tahun_dinilai TEXT NOT NULL DEFAULT '[]',
    target TEXT,
    realisasi TEXT
);

CREATE TABLE libur (
    tanggal TEXT PRIMARY KEY,
    keterangan TEXT NOT NULL DEFAULT ''
);

CREATE TABLE pengaturan (
    kunci TEXT PRIMARY KEY,
    nilai TEXT NOT NULL
);

-- Append-only history of every change (when, what, before, after).
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    waktu TEXT NOT NULL,
    entitas TEXT NOT NULL,
    kunci TEXT NOT NULL,
    aksi TEXT NOT NULL,
    sebelum TEXT,
    sesudah TEXT
);
CREATE TRIGGER audit_tanpa_ubah BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit hanya dapat ditambah'); END;
CREATE TRIGGER audit_tanpa_hapus BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit hanya dapat ditambah'); END;
