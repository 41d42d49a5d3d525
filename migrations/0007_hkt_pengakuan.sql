-- Admission of an HKT (seed 000): an inovasi counts only once the unit's Pengelola Inovasi approved it; existing
-- rows start unapproved, so their finding (HKT-009) asks the officer to confirm it rather than assuming it.
-- Each HKT IKI is scored with its own polarisasi (seed 001); empty means maximize.
ALTER TABLE hkt ADD COLUMN disetujui_pengelola INTEGER NOT NULL DEFAULT 0;
ALTER TABLE hkt ADD COLUMN polarisasi TEXT CHECK (polarisasi IN ('maximize', 'minimize', 'stabilize'));

-- Pagu DIPA of the year (rupiah, decimal text): the biaya aspect of the SKP prints it (seed 004 rules 13-14).
ALTER TABLE tahun ADD COLUMN pagu_dipa TEXT;
