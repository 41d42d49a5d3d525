// Indonesian labels (presentation only; values and rules live in Rust).

/** The quarters as the regulations write them: TW I … TW IV. */
export const TW = ["I", "II", "III", "IV"] as const;

export const LABEL_STATUS: Record<string, string> = {
  terverifikasi: "Terverifikasi",
  bawaan_sementara: "Sementara",
  diatur_pengguna: "Diatur kantor",
};

export const PROFIL = [
  { kode: "kmk467-2014", nama: "KMK 467/KMK.01/2014" },
  { kode: "kmk300-2022", nama: "KMK 300/KMK.01/2022 + SE-17/MK.1/2022" },
  { kode: "kmk127-2026", nama: "KMK 127/2026" },
];

/** Today as the office's clock says it (YYYY-MM-DD), for a date field's first value; toISOString() would give the
 * UTC date, which is yesterday before 07.00 WIB. */
export function hariIni(sekarang: Date = new Date()): string {
  const dua = (n: number) => String(n).padStart(2, "0");
  return `${sekarang.getFullYear()}-${dua(sekarang.getMonth() + 1)}-${dua(sekarang.getDate())}`;
}
