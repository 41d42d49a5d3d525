// The sections of the app shell, in the order of the officer's year.
export type Bagian = "pegawai" | "perencanaan" | "dokumen" | "realisasi" | "pemantauan" | "evaluasi" | "impor" | "pengaturan";

export const BAGIAN: { id: Bagian; label: string; siap: boolean }[] = [
  { id: "pegawai", label: "Kantor & Pegawai", siap: true },
  { id: "perencanaan", label: "Perencanaan", siap: true },
  { id: "dokumen", label: "Dokumen", siap: true },
  { id: "realisasi", label: "Realisasi", siap: true },
  { id: "pemantauan", label: "Pemantauan", siap: true },
  { id: "evaluasi", label: "Evaluasi", siap: true },
  { id: "impor", label: "Impor/Ekspor", siap: true },
  { id: "pengaturan", label: "Pengaturan", siap: true },
];

export function labelBagian(id: Bagian): string {
  return BAGIAN.find((b) => b.id === id)?.label ?? id;
}
