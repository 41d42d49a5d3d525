// Indonesian labels (presentation only; values and rules live in Rust).

/** The quarters as the regulations write them: TW I … TW IV. */
export const TW = ["I", "II", "III", "IV"] as const;

export const LABEL_PARAMETER: Record<string, string> = {
  indeks_min: "Batas bawah indeks capaian",
  indeks_max: "Batas atas indeks capaian",
  skala_stabilize: "Skala konversi stabilize (capaian → indeks)",
  target_rentang: "Target rentang: batas atas/bawah sesuai sisi realisasi",
  batas_hku: "Nilai maksimal HKU K3",
  batas_hkt: "Nilai maksimal HKT",
  batas_nhk: "Nilai maksimal NHK",
  hkt_dalam_nhk: "NHK memuat nilai HKT",
  nhk_pimpinan_dari_nko: "NHK Pimpinan UPK = NKO (indeks IKU disesuaikan K3)",
  hku_berbobot_k3: "HKU dibobot dengan K3 (Tabel 35/36 KMK 127)",
  bobot_hkt: "Bobot HKT per jenis dan lingkup",
  bobot_perspektif: "Bobot perspektif NKO (%)",
  bobot_npk_dengan_bawahan: "Bobot penilai NPK (dengan bawahan)",
  bobot_npk_tanpa_bawahan: "Bobot penilai NPK (tanpa bawahan)",
  rating_di_atas: "Rating Di Atas Ekspektasi bila nilai lebih dari",
  rating_sesuai: "Rating Sesuai Ekspektasi bila nilai paling sedikit",
  rating_dibulatkan: "Rating dinilai dari angka yang ditampilkan (2 desimal)",
  predikat_nko: "Batas predikat NKO (Sangat Baik, Baik, Cukup, Kurang)",
  bobot_nkp_nhk: "Bobot NHK dalam NKP",
  kalibrasi: "Batas kalibrasi",
  kalibrasi_faktor: "Faktor kalibrasi di atas 100",
  anchoring_nko: "Penjangkaran NKP ke NKO",
  skp_tugas_belajar: "Pegawai tugas belajar menyusun SKP dan mendapat predikat",
  pembulatan_antara: "Bulatkan nilai antara ke 2 desimal",
  batas_jumlah: "Batas jumlah IKU/IKI per tingkat jabatan",
  tenggat: "Tenggat Kontrak Kinerja (hari, bulan)",
};

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
