-- Reviu of a document before it is signed (KMK 467/KMK.01/2014 as seed 004 gives it, kept by KMK 300): the concept
-- of a KK, a KK komplemen and an addendum must take into account the recommendation of the pengelola kinerja one
-- level up: terima, tolak or terima sebagian. A reviu is of the content it saw (sha_isi): a concept printed again
-- with other content needs a new one. The second signed copy goes to that pengelola kinerja; its hand-over is
-- recorded.
CREATE TABLE reviu_dokumen (
    id INTEGER PRIMARY KEY,
    dokumen_id TEXT NOT NULL REFERENCES dokumen(id),
    sha_isi TEXT NOT NULL,
    tanggal TEXT NOT NULL,
    peninjau TEXT NOT NULL,
    rekomendasi TEXT NOT NULL CHECK (rekomendasi IN ('terima', 'terima_sebagian', 'tolak')),
    catatan TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reviu_dokumen_id ON reviu_dokumen(dokumen_id);

CREATE TABLE serah_salinan (
    dokumen_id TEXT PRIMARY KEY REFERENCES dokumen(id),
    tanggal TEXT NOT NULL,
    kepada TEXT NOT NULL,
    catatan TEXT NOT NULL DEFAULT ''
);
