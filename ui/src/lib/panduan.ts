// "Panduan": what each screen is for and what to do on it, in a few steps (presentation only).
import type { Bagian } from "./navigasi";

export const PANDUAN: Record<Bagian, string[]> = {
  pegawai: [
    "Isi kop surat dan struktur unit kantor; kepala unit dan pengelola kinerja dipilih menurut nama dari daftar pegawai.",
    "Tambah pegawai satu per satu atau impor lembar pegawai di Impor/Ekspor. NIP ditulis 18 digit; atasan langsung dipilih menurut nama.",
    "Penugasan Plt/Plh dan mutasi dicatat di form pegawai; riwayatnya tetap tersimpan.",
    "Yang sudah diketik tetapi belum disimpan ditanyakan dulu sebelum layar ditinggalkan; Ctrl+S menyimpan.",
  ],
  perencanaan: [
    "Pilih tahun. Tahun baru dapat dibuat kosong atau disalin dari tahun lalu (target dan realisasi tahun lalu menjadi Y-1).",
    "Peta strategi: tambahkan sasaran strategis pada setiap perspektif.",
    "IKU/IKI & trajectory pegawai: isi manual IKU/IKI dan target setiap triwulan; blok yang disalin dari Excel dapat ditempel ke grid.",
    "Katalog dan Cascading menunjukkan manual yang belum lengkap dan IKU yang diturunkan kepada pegawai.",
    "Siap cetak? mendaftar apa yang menghalangi pencetakan Kontrak Kinerja; klik nama pegawai untuk membuka SKP-nya.",
  ],
  dokumen: [
    "Cetak Kontrak Kinerja setiap pegawai (dialog simpan mengusulkan <NIP>-<Nama>-KK-<tahun>.pdf) atau semuanya sekaligus ke satu folder yang dipilih; berkas yang sudah ada tidak ditimpa.",
    "Setelah ditandatangani basah, catat \"Ditandatangani…\" beserta pindaiannya, lalu \"Kunci…\". Target yang terkunci hanya dapat diubah melalui addendum.",
    "Addendum dan KK komplemen dibuat dari baris pegawai yang bersangkutan.",
    "Periksa berkas PDF untuk memastikan berkas sama persis dengan dokumen yang dicetak aplikasi ini.",
  ],
  realisasi: [
    "Pilih tahun, triwulan, dan pegawai.",
    "Isi realisasi dan bukti/data dukung setiap IKU/IKI; blok yang disalin dari Excel dapat ditempel.",
    "Berkas bukti dilampirkan per IKU/IKI dan triwulan.",
    "Hasil kerja tambahan (HKT) dan dialog kinerja pegawai dicatat di bawah grid.",
    "Indeks s.d. triwulan itu dihitung otomatis; \"Mengapa?\" menunjukkan masukan, rumus, dan dasar aturannya.",
  ],
  pemantauan: [
    "Dialog Kinerja Organisasi (DKO): forum pimpinan bersama pejabat dan pegawai, paling sedikit sekali setiap triwulan, untuk membahas capaian strategi, kinerja, risiko, dan rencana aksi.",
    "\"Catat DKO\": tanggal, pimpinan, peserta, pembahasan, keputusan, risiko, dan rencana aksi (penanggung jawab, batas waktu, status).",
    "Rencana aksi yang belum selesai tampil di bawah untuk ditindaklanjuti pada DKO berikutnya; ubah statusnya di sana.",
    "\"Notulen…\" mencetak notulen beserta daftar hadir untuk ditandatangani. Triwulan yang sudah berakhir tanpa DKO ditandai.",
    "Umpan balik dan pembinaan (coaching, mentoring, pelatihan, konseling) dicatat per pegawai atau kelompok; isi konseling bersifat rahasia dan hanya tampil bila dibuka dengan \"Buka\" (tercatat di riwayat).",
  ],
  evaluasi: [
    "Nilai dihitung s.d. triwulan terakhir yang realisasinya sudah lengkap; triwulan lain dapat dipilih.",
    "Klik pegawai untuk rinciannya dan untuk mencatat nilai perilaku (360°), serta koreksi dan hukuman disiplin bila profilnya KMK 127.",
    "Tanda * pada angka berarti sementara: angka itu memakai parameter aturan yang belum dikonfirmasi; kotak kuning di atas menyebut parameternya (diatur di Pengaturan).",
    "\"Ekspor rekap ke Excel\" menyimpan rekap nilai triwulan itu.",
  ],
  impor: [
    "Impor lembar SKP, pegawai, HKT, perilaku, atau dialog kinerja (xlsx, xls, ods); kolom dikenali menurut judulnya dan dapat dipetakan ulang.",
    "Pratinjau menunjukkan setiap perubahan sebelum disimpan; kesalahan disebut dengan lembar, baris, dan kolomnya.",
    "Impor disimpan seluruhnya atau tidak sama sekali.",
    "Lembar SKP hasil ekspor dapat disunting di Excel lalu diimpor kembali.",
  ],
  pengaturan: [
    "Profil aturan tahun (KMK 300/KMK.01/2022, KMK 127/2026, atau KMK 467/2014) dan parameternya; parameter \"sementara\" dapat diatur kantor.",
    "Pagu DIPA dan hari libur (dipakai menghitung hari kerja tenggat Kontrak Kinerja).",
    "Teks pernyataan dan pola nomor dokumen, serta logo kop.",
    "Cadangan dan pemulihan, enkripsi basis data, dan pemeriksaan keutuhan data.",
  ],
};
