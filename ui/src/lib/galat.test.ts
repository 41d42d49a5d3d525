import { describe, expect, it } from "vitest";
import { keGalat } from "./galat";
import { BAGIAN, labelBagian } from "./navigasi";

describe("keGalat", () => {
  it("keeps a typed error from Rust", () => {
    expect(keGalat({ kode: "DATA_SUDAH_ADA", pesan: "Basis data sudah berisi data." })).toEqual({
      kode: "DATA_SUDAH_ADA",
      pesan: "Basis data sudah berisi data.",
      isian: null,
    });
    const isian = { nama: "NIP", pesan: "18 digit" };
    expect(keGalat({ kode: "MASUKAN_TIDAK_SAH", pesan: "Masukan tidak sah pada NIP: 18 digit", isian }).isian).toEqual(isian);
  });
  it("wraps strings and Errors", () => {
    expect(keGalat("gagal")).toEqual({ kode: "TIDAK_DIKETAHUI", pesan: "gagal", isian: null });
    expect(keGalat(new Error("rusak")).pesan).toBe("rusak");
    expect(keGalat(42).kode).toBe("TIDAK_DIKETAHUI");
  });
});

describe("navigasi", () => {
  it("lists the eight sections with unique ids", () => {
    expect(BAGIAN.map((b) => b.label)).toEqual([
      "Kantor & Pegawai", "Perencanaan", "Dokumen", "Realisasi", "Pemantauan", "Evaluasi", "Impor/Ekspor", "Pengaturan",
    ]);
    expect(new Set(BAGIAN.map((b) => b.id)).size).toBe(BAGIAN.length);
    expect(labelBagian("evaluasi")).toBe("Evaluasi");
  });
});
