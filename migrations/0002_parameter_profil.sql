-- Parameters of a rule profile set by the office (confirmed from its own copy of the regulation).
CREATE TABLE parameter_profil (
    profil TEXT NOT NULL CHECK (profil IN ('kmk467-2014', 'kmk300-2022', 'kmk127-2026')),
    nama TEXT NOT NULL,
    nilai TEXT NOT NULL,
    PRIMARY KEY (profil, nama)
);
