// The only module that talks to Tauri: one typed function per Rust command; errors arrive as GalatUi.
import { invoke } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import { getCurrentWindow } from "@tauri-apps/api/window";
import type { StatusAwal } from "./bindings/StatusAwal";
import type { FormPenyesuaian } from "./bindings/FormPenyesuaian";
import type { FormHukdis } from "./bindings/FormHukdis";
import type { PegawaiRingkas } from "./bindings/PegawaiRingkas";
import type { ProfilTampil } from "./bindings/ProfilTampil";
import type { IsianParameter } from "./bindings/IsianParameter";
import type { Libur } from "./bindings/Libur";
import type { LiburSkbTampil } from "./bindings/LiburSkbTampil";
import type { StatusKk } from "./bindings/StatusKk";
import type { HasilCetak } from "./bindings/HasilCetak";
import type { FormReviu } from "./bindings/FormReviu";
import type { RingkasReviu } from "./bindings/RingkasReviu";
import type { JenisBerkas } from "./bindings/JenisBerkas";
import type { HasilVerifikasi } from "./bindings/HasilVerifikasi";
import type { LaporanKeutuhan } from "./bindings/LaporanKeutuhan";
import type { RingkasCadangan } from "./bindings/RingkasCadangan";
import type { HasilPulih } from "./bindings/HasilPulih";
import type { HasilSandi } from "./bindings/HasilSandi";
import type { StatusEnkripsi } from "./bindings/StatusEnkripsi";
import type { TeksDokumen } from "./bindings/TeksDokumen";
import type { LaporanImpor } from "./bindings/LaporanImpor";
import type { FormPegawai } from "./bindings/FormPegawai";
import type { Riwayat } from "./bindings/Riwayat";
import type { PilihanForm } from "./bindings/PilihanForm";
import type { TemuanTampil } from "./bindings/TemuanTampil";
import type { BarisAddendumForm } from "./bindings/BarisAddendumForm";
import type { FormKantor } from "./bindings/FormKantor";
import type { UnitTampil } from "./bindings/UnitTampil";
import type { FormUnit } from "./bindings/FormUnit";
import type { Urungan } from "./bindings/Urungan";
import type { SsTampil } from "./bindings/SsTampil";
import type { FormSs } from "./bindings/FormSs";
import type { FormIki } from "./bindings/FormIki";
import type { RencanaPegawai } from "./bindings/RencanaPegawai";
import type { BarisTrajectory } from "./bindings/BarisTrajectory";
import type { PilihanRencana } from "./bindings/PilihanRencana";
import type { HasilSalin } from "./bindings/HasilSalin";
import type { PeriodeJabatan } from "./bindings/PeriodeJabatan";
import type { FormMutasi } from "./bindings/FormMutasi";
import type { RekapNilai } from "./bindings/RekapNilai";
import type { TitikNko } from "./bindings/TitikNko";
import type { NilaiPegawaiRinci } from "./bindings/NilaiPegawaiRinci";
import type { FormPerilaku } from "./bindings/FormPerilaku";
import type { RealisasiPegawai } from "./bindings/RealisasiPegawai";
import type { IsiRealisasi } from "./bindings/IsiRealisasi";
import type { DaftarHkt } from "./bindings/DaftarHkt";
import type { FormHkt } from "./bindings/FormHkt";
import type { DaftarDialog } from "./bindings/DaftarDialog";
import type { FormDialog } from "./bindings/FormDialog";
import type { DaftarDko } from "./bindings/DaftarDko";
import type { FormDko } from "./bindings/FormDko";
import type { DaftarPembinaan } from "./bindings/DaftarPembinaan";
import type { FormPembinaan } from "./bindings/FormPembinaan";
import type { PembinaanTampil } from "./bindings/PembinaanTampil";
import type { DaftarInisiatif } from "./bindings/DaftarInisiatif";
import type { KesiapanReviu } from "./bindings/KesiapanReviu";
import type { HasilPaket } from "./bindings/HasilPaket";
import type { DaftarDeviasi } from "./bindings/DaftarDeviasi";
import type { FormDeviasi } from "./bindings/FormDeviasi";
import type { FormInisiatif } from "./bindings/FormInisiatif";
import type { DaftarRisiko } from "./bindings/DaftarRisiko";
import type { FormRisiko } from "./bindings/FormRisiko";
import type { DaftarPemanfaatan } from "./bindings/DaftarPemanfaatan";
import type { FormPemanfaatan } from "./bindings/FormPemanfaatan";
import type { BarisCascading } from "./bindings/BarisCascading";
import type { BarisKatalog } from "./bindings/BarisKatalog";
import { keGalat } from "./galat";

async function panggil<T>(perintah: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(perintah, args);
  } catch (e) {
    throw keGalat(e);
  }
}

/** Runs `bolehTutup` when the user closes the window; the window closes only when it answers true. */
export function jagaTutupJendela(perluTanya: () => boolean, bolehTutup: () => Promise<boolean>) {
  const w = getCurrentWindow();
  w.onCloseRequested(async (e) => {
    if (!perluTanya()) return;
    e.preventDefault();
    if (await bolehTutup()) await w.destroy();
  }).catch(() => {});
}

export const api = {
  statusAwal: () => panggil<StatusAwal>("status_awal"),
  buatKantorContoh: (pegawai: number, tahun: number) => panggil<StatusAwal>("buat_kantor_contoh", { pegawai, tahun }),
  mulaiKosong: () => panggil<StatusAwal>("mulai_kosong"),
  daftarPegawai: (cari: string) => panggil<PegawaiRingkas[]>("daftar_pegawai", { cari }),
  simpanPegawai: (form: FormPegawai, semula: FormPegawai | null) => panggil<PegawaiRingkas>("simpan_pegawai", { form, semula }),
  formPegawai: (nip: string) => panggil<FormPegawai>("form_pegawai", { nip }),
  riwayatPegawai: (nip: string) => panggil<Riwayat[]>("riwayat_pegawai", { nip }),
  gantiNip: (lama: string, baru: string) => panggil<string>("ganti_nip", { lama, baru }),
  pilihanForm: () => panggil<PilihanForm>("pilihan_form"),
  formAddendum: (tahun: number, nip: string) => panggil<BarisAddendumForm[]>("form_addendum", { tahun, nip }),
  buatAddendum: (a: { tahun: number; nip: string; sebab: string; tanggalPerubahan: string | null; uraian: string; ubah: { kode: string; triwulan: number; target: string }[] }) =>
    panggil<HasilCetak>("buat_addendum", a),
  siapCetak: (tahun: number) => panggil<TemuanTampil[]>("siap_cetak", { tahun }),
  tampilProfil: (tahun: number) => panggil<ProfilTampil>("tampil_profil", { tahun }),
  pakaiProfil: (tahun: number, kode: string) => panggil<ProfilTampil>("pakai_profil", { tahun, kode }),
  aturParameter: (tahun: number, nama: string, nilai: string | null) => panggil<ProfilTampil>("atur_parameter", { tahun, nama, nilai }),
  aturParameterIsian: (tahun: number, nama: string, isian: IsianParameter[]) =>
    panggil<ProfilTampil>("atur_parameter_isian", { tahun, nama, isian }),
  aturPaguDipa: (tahun: number, pagu: string) => panggil<ProfilTampil>("atur_pagu_dipa", { tahun, pagu }),
  daftarLibur: (tahun: number) => panggil<Libur[]>("daftar_libur", { tahun }),
  liburSkb: (tahun: number) => panggil<LiburSkbTampil | null>("libur_skb", { tahun }),
  isiLiburSkb: (tahun: number) => panggil<Libur[]>("isi_libur_skb", { tahun }),
  tambahLibur: (tahun: number, tanggal: string, keterangan: string) => panggil<Libur[]>("tambah_libur", { tahun, tanggal, keterangan }),
  hapusLibur: (tahun: number, tanggal: string) => panggil<Libur[]>("hapus_libur", { tahun, tanggal }),
  daftarKk: (tahun: number) => panggil<StatusKk[]>("daftar_kk", { tahun }),
  /** Without `folder` the save dialog asks where; null when it was cancelled. */
  cetakKk: (tahun: number, nip: string, folder: string | null = null) => panggil<HasilCetak | null>("cetak_kk", { tahun, nip, folder }),
  cetakKomplemen: (tahun: number, nip: string, pendahulu: string | null) =>
    panggil<HasilCetak | null>("cetak_komplemen", { tahun, nip, pendahulu }),
  tandatanganiKk: (id: string, tanggal: string, scan: string | null) => panggil<null>("tandatangani_kk", { id, tanggal, scan }),
  lampirkanPindaian: (id: string, path: string) => panggil<null>("lampirkan_pindaian", { id, path }),
  kunciKk: (id: string) => panggil<null>("kunci_kk", { id }),
  catatReviu: (id: string, form: FormReviu) => panggil<RingkasReviu>("catat_reviu", { id, form }),
  catatSerah: (id: string, tanggal: string, kepada: string, catatan: string) => panggil<RingkasReviu>("catat_serah", { id, tanggal, kepada, catatan }),
  lampirkanBukti: (tahun: number, nip: string, ikiId: number, triwulan: number, path: string) =>
    panggil<RealisasiPegawai>("lampirkan_bukti", { tahun, nip, ikiId, triwulan, path }),
  hapusBukti: (tahun: number, nip: string, id: number, triwulan: number) =>
    panggil<RealisasiPegawai>("hapus_bukti", { tahun, nip, id, triwulan }),
  salinBukti: (tahun: number, nip: string, id: number) => panggil<string | null>("salin_bukti", { tahun, nip, id }),
  periksaKeutuhan: () => panggil<LaporanKeutuhan>("periksa_keutuhan"),
  daftarCadangan: () => panggil<[string, number, RingkasCadangan[]]>("daftar_cadangan"),
  buatCadangan: () => panggil<RingkasCadangan>("buat_cadangan"),
  aturJumlahCadangan: (teks: string) => panggil<number>("atur_jumlah_cadangan", { teks }),
  pulihkanCadangan: (path: string, sandiCadangan: string | null = null) =>
    panggil<HasilPulih>("pulihkan_cadangan", { path, sandiCadangan }),
  bukaDenganSandi: (sandi: string) => panggil<StatusAwal>("buka_dengan_sandi", { sandi }),
  statusEnkripsi: () => panggil<StatusEnkripsi>("status_enkripsi"),
  aturSandi: (sekarangSandi: string | null, baru: string | null, ulang: string | null) =>
    panggil<HasilSandi>("atur_sandi", { sekarangSandi, baru, ulang }),
  verifikasiPdf: (path: string) => panggil<HasilVerifikasi>("verifikasi_pdf", { path }),
  /** The native open dialog of this kind, starting in its last folder; the chosen paths, none when cancelled. */
  pilihBerkas: (jenis: JenisBerkas, banyak = false) => panggil<string[]>("pilih_berkas", { jenis, banyak }),
  pilihFolder: (jenis: JenisBerkas) => panggil<string | null>("pilih_folder", { jenis }),
  folderAwal: (jenis: JenisBerkas) => panggil<string>("folder_awal", { jenis }),
  bukaBerkas: (path: string) => panggil<null>("buka_berkas", { path }),
  bukaFolder: (path: string) => panggil<null>("buka_folder", { path }),
  teksDokumen: () => panggil<TeksDokumen>("teks_dokumen"),
  aturTeksDokumen: (pernyataan: string, polaNomor: string) => panggil<TeksDokumen>("atur_teks_dokumen", { pernyataan, polaNomor }),
  imporBerkas: (a: {
    jenis: "skp" | "pegawai" | "hkt" | "perilaku" | "dialog";
    path: string;
    tahun: number;
    lembar: string | null;
    peta: [string, string][];
    uji: boolean;
    sebagian: boolean;
    buatPegawai: boolean;
    kosongkan: boolean;
  }) => panggil<LaporanImpor>("impor_berkas", a),
  ekspor: (apa: "skp" | "rekap" | "template", tahun: number, sampai: number | null = null) =>
    panggil<string | null>("ekspor", { apa, tahun, sampai }),
  /** Calls `f` with (done, of) while an import runs; returns the function that stops listening. */
  dengarKemajuanImpor: (f: (selesai: number, total: number) => void) =>
    listen<{ selesai: number; total: number }>("impor-kemajuan", (e) => f(e.payload.selesai, e.payload.total)),
  dataKantor: () => panggil<FormKantor>("data_kantor"),
  simpanKantor: (form: FormKantor, semula: FormKantor | null) => panggil<FormKantor>("simpan_kantor", { form, semula }),
  daftarUnit: () => panggil<UnitTampil[]>("daftar_unit"),
  simpanUnit: (form: FormUnit, semula: FormUnit | null) => panggil<UnitTampil[]>("simpan_unit", { form, semula }),
  hapusUnit: (id: number) => panggil<Urungan>("hapus_unit", { id }),
  /** Undoes a deletion or an edit of this session; returns the sentence to show. */
  pulihkan: (auditId: number[]) => panggil<string>("pulihkan", { auditId }),
  petaStrategi: (tahun: number) => panggil<SsTampil[]>("peta_strategi", { tahun }),
  simpanSs: (tahun: number, form: FormSs, semula: FormSs | null) => panggil<SsTampil[]>("simpan_ss", { tahun, form, semula }),
  hapusSs: (tahun: number, id: number) => panggil<Urungan>("hapus_ss", { tahun, id }),
  pilihanRencana: (tahun: number) => panggil<PilihanRencana>("pilihan_rencana", { tahun }),
  rencanaPegawai: (tahun: number, nip: string) => panggil<RencanaPegawai>("rencana_pegawai", { tahun, nip }),
  simpanIki: (tahun: number, form: FormIki, semula: FormIki | null) => panggil<RencanaPegawai>("simpan_iki", { tahun, form, semula }),
  simpanTrajectory: (tahun: number, nip: string, baris: BarisTrajectory[]) =>
    panggil<RencanaPegawai>("simpan_trajectory", { tahun, nip, baris }),
  hapusIki: (tahun: number, id: number) => panggil<Urungan>("hapus_iki", { tahun, id }),
  riwayatIki: (tahun: number, nip: string, kode: string) => panggil<Riwayat[]>("riwayat_iki", { tahun, nip, kode }),
  salinTahun: (dari: number, ke: number, profil: string | null) => panggil<HasilSalin>("salin_tahun", { dari, ke, profil }),
  buatTahun: (tahun: number, profil: string | null) => panggil<StatusAwal>("buat_tahun", { tahun, profil }),
  katalogIku: (tahun: number) => panggil<BarisKatalog[]>("katalog_iku", { tahun }),
  matriksCascading: (tahun: number) => panggil<BarisCascading[]>("matriks_cascading", { tahun }),
  periodeJabatan: (nip: string) => panggil<PeriodeJabatan[]>("periode_jabatan", { nip }),
  tambahPlt: (nip: string, periode: PeriodeJabatan) => panggil<PeriodeJabatan[]>("tambah_plt", { nip, periode }),
  mutasi: (nip: string, form: FormMutasi) => panggil<PeriodeJabatan[]>("mutasi", { nip, form }),
  rekapNilai: (tahun: number, sampai: number | null) => panggil<RekapNilai>("rekap_nilai", { tahun, sampai }),
  trenNko: (tahun: number) => panggil<TitikNko[]>("tren_nko", { tahun }),
  rinciNilai: (tahun: number, nip: string, sampai: number) =>
    panggil<NilaiPegawaiRinci>("rinci_nilai", { tahun, nip, sampai }),
  realisasiPegawai: (tahun: number, nip: string, triwulan: number | null) =>
    panggil<RealisasiPegawai>("realisasi_pegawai", { tahun, nip, triwulan }),
  simpanRealisasi: (tahun: number, nip: string, triwulan: number, isi: IsiRealisasi[]) =>
    panggil<RealisasiPegawai>("simpan_realisasi", { tahun, nip, triwulan, isi }),
  daftarHkt: (tahun: number, nip: string) => panggil<DaftarHkt>("daftar_hkt", { tahun, nip }),
  simpanHkt: (tahun: number, form: FormHkt, semula: FormHkt | null) => panggil<DaftarHkt>("simpan_hkt", { tahun, form, semula }),
  hapusHkt: (tahun: number, nip: string, id: number) => panggil<DaftarHkt>("hapus_hkt", { tahun, nip, id }),
  daftarDialog: (tahun: number, nip: string) => panggil<DaftarDialog>("daftar_dialog", { tahun, nip }),
  simpanDialog: (tahun: number, form: FormDialog, semula: FormDialog | null) => panggil<DaftarDialog>("simpan_dialog", { tahun, form, semula }),
  hapusDialog: (tahun: number, nip: string, id: number) => panggil<DaftarDialog>("hapus_dialog", { tahun, nip, id }),
  daftarDko: (tahun: number) => panggil<DaftarDko>("daftar_dko", { tahun }),
  simpanDko: (tahun: number, form: FormDko, semula: FormDko | null) => panggil<DaftarDko>("simpan_dko", { tahun, form, semula }),
  hapusDko: (tahun: number, id: number) => panggil<DaftarDko>("hapus_dko", { tahun, id }),
  ubahAksi: (tahun: number, dkoId: number, urutan: number, uraian: string, status: string, tindakLanjut: string) =>
    panggil<DaftarDko>("ubah_aksi", { tahun, dkoId, urutan, uraian, status, tindakLanjut }),
  daftarPembinaan: (tahun: number) => panggil<DaftarPembinaan>("daftar_pembinaan", { tahun }),
  simpanPembinaan: (tahun: number, form: FormPembinaan) => panggil<DaftarPembinaan>("simpan_pembinaan", { tahun, form }),
  hapusPembinaan: (tahun: number, id: number) => panggil<DaftarPembinaan>("hapus_pembinaan", { tahun, id }),
  /** A confidential record's content, opened on purpose (the opening is recorded). */
  bukaRahasia: (tahun: number, id: number) => panggil<PembinaanTampil>("buka_rahasia", { tahun, id }),
  /** The notulen through the save dialog; null when cancelled. */
  cetakNotulen: (tahun: number, id: number) => panggil<string | null>("cetak_notulen", { tahun, id }),
  daftarInisiatif: (tahun: number) => panggil<DaftarInisiatif>("daftar_inisiatif", { tahun }),
  simpanInisiatif: (tahun: number, form: FormInisiatif) => panggil<DaftarInisiatif>("simpan_inisiatif", { tahun, form }),
  hapusInisiatif: (tahun: number, id: number) => panggil<DaftarInisiatif>("hapus_inisiatif", { tahun, id }),
  daftarRisiko: (tahun: number) => panggil<DaftarRisiko>("daftar_risiko", { tahun }),
  simpanRisiko: (tahun: number, form: FormRisiko) => panggil<DaftarRisiko>("simpan_risiko", { tahun, form }),
  hapusRisiko: (tahun: number, id: number) => panggil<DaftarRisiko>("hapus_risiko", { tahun, id }),
  daftarPemanfaatan: (tahun: number) => panggil<DaftarPemanfaatan>("daftar_pemanfaatan", { tahun }),
  simpanPemanfaatan: (tahun: number, form: FormPemanfaatan) => panggil<DaftarPemanfaatan>("simpan_pemanfaatan", { tahun, form }),
  hapusPemanfaatan: (tahun: number, id: number) => panggil<DaftarPemanfaatan>("hapus_pemanfaatan", { tahun, id }),
  /** The quarterly report (PDF, and its workbook beside it) through the save dialog; null when cancelled. */
  cetakLaporanTriwulan: (tahun: number, triwulan: number) =>
    panggil<string[] | null>("cetak_laporan_triwulan", { tahun, triwulan }),
  daftarDeviasi: (tahun: number, triwulan: number) => panggil<DaftarDeviasi>("daftar_deviasi", { tahun, triwulan }),
  simpanDeviasi: (tahun: number, triwulan: number, isi: FormDeviasi[]) =>
    panggil<DaftarDeviasi>("simpan_deviasi", { tahun, triwulan, isi }),
  kesiapanReviu: (tahun: number) => panggil<KesiapanReviu>("kesiapan_reviu", { tahun }),
  /** The reviu package (zip) through the save dialog; null when cancelled. */
  cetakPaketReviu: (tahun: number) => panggil<HasilPaket | null>("cetak_paket_reviu", { tahun }),
  simpanPerilaku: (tahun: number, nip: string, form: FormPerilaku, semula: FormPerilaku | null, sampai: number | null) =>
    panggil<RekapNilai>("simpan_perilaku", { tahun, nip, form, semula, sampai }),
  simpanPenyesuaian: (tahun: number, nip: string, form: FormPenyesuaian, semula: FormPenyesuaian | null, sampai: number | null) =>
    panggil<RekapNilai>("simpan_penyesuaian", { tahun, nip, form, semula, sampai }),
  tambahHukdis: (tahun: number, form: FormHukdis, sampai: number | null) =>
    panggil<RekapNilai>("tambah_hukdis", { tahun, form, sampai }),
  hapusHukdis: (tahun: number, nip: string, id: number, sampai: number | null) =>
    panggil<RekapNilai>("hapus_hukdis", { tahun, nip, id, sampai }),
  aturLogo: (path: string | null) => panggil<TeksDokumen>("atur_logo", { path }),
};
