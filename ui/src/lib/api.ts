// The only module that talks to Tauri: one typed function per Rust command; errors arrive as GalatUi.
import { invoke } from "@tauri-apps/api/core";
import type { StatusAwal } from "./bindings/StatusAwal";
import type { PegawaiRingkas } from "./bindings/PegawaiRingkas";
import type { ProfilTampil } from "./bindings/ProfilTampil";
import type { Libur } from "./bindings/Libur";
import { keGalat } from "./galat";

async function panggil<T>(perintah: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(perintah, args);
  } catch (e) {
    throw keGalat(e);
  }
}

export const api = {
  statusAwal: () => panggil<StatusAwal>("status_awal"),
  buatKantorContoh: (pegawai: number, tahun: number) => panggil<StatusAwal>("buat_kantor_contoh", { pegawai, tahun }),
  mulaiKosong: () => panggil<StatusAwal>("mulai_kosong"),
  daftarPegawai: (cari: string) => panggil<PegawaiRingkas[]>("daftar_pegawai", { cari }),
  tampilProfil: (tahun: number) => panggil<ProfilTampil>("tampil_profil", { tahun }),
  pakaiProfil: (tahun: number, kode: string) => panggil<ProfilTampil>("pakai_profil", { tahun, kode }),
  aturParameter: (tahun: number, nama: string, nilai: string | null) => panggil<ProfilTampil>("atur_parameter", { tahun, nama, nilai }),
  daftarLibur: (tahun: number) => panggil<Libur[]>("daftar_libur", { tahun }),
  tambahLibur: (tahun: number, tanggal: string, keterangan: string) => panggil<Libur[]>("tambah_libur", { tahun, tanggal, keterangan }),
  hapusLibur: (tahun: number, tanggal: string) => panggil<Libur[]>("hapus_libur", { tahun, tanggal }),
};
