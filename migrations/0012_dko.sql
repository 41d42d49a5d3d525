-- Dialog Kinerja Organisasi (DKO): the formal forum, at least once a quarter, where the head of the office with
-- the officials and staff discusses the achievement of strategy, performance, risks and rencana aksi (KMK
-- 300/KMK.01/2022, pembinaan kinerja). One row per forum held; who attended and the rencana aksi agreed are kept
-- with it as JSON (a list of NIPs; a list of {uraian, pic_nip, batas, status, tindak_lanjut}), so a record and
-- its history are one audited unit. A quarter that has ended without one is a finding (DKO-001).
CREATE TABLE dko (
    id INTEGER PRIMARY KEY,
    tahun INTEGER NOT NULL REFERENCES tahun(tahun),
    triwulan INTEGER NOT NULL CHECK (triwulan BETWEEN 1 AND 4),
    tanggal TEXT NOT NULL,
    tempat TEXT NOT NULL DEFAULT '',
    -- Who chaired it: the head of the office, or the Plt/Plh in office that day.
    pimpinan_nip TEXT REFERENCES pegawai(nip),
    peserta TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(peserta) AND json_type(peserta) = 'array'),
    -- The IKU and inisiatif strategis discussed with their status, as the notulen records them.
    pembahasan TEXT NOT NULL DEFAULT '',
    masalah TEXT NOT NULL DEFAULT '',
    keputusan TEXT NOT NULL DEFAULT '',
    risiko TEXT NOT NULL DEFAULT '',
    rencana_aksi TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(rencana_aksi) AND json_type(rencana_aksi) = 'array'),
    notulis TEXT NOT NULL DEFAULT ''
);
CREATE INDEX dko_tahun ON dko(tahun, triwulan);
