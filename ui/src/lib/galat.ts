// Turns whatever a failed command threw into the typed error the Rust side sends (code + Indonesian message).
import type { GalatUi } from "./bindings/GalatUi";

export function keGalat(e: unknown): GalatUi {
  if (e && typeof e === "object" && "kode" in e && "pesan" in e) {
    const g = e as { kode: unknown; pesan: unknown; isian?: GalatUi["isian"] };
    return { kode: String(g.kode), pesan: String(g.pesan), isian: g.isian ?? null };
  }
  if (typeof e === "string") return { kode: "TIDAK_DIKETAHUI", pesan: e, isian: null };
  if (e instanceof Error) return { kode: "TIDAK_DIKETAHUI", pesan: e.message, isian: null };
  return { kode: "TIDAK_DIKETAHUI", pesan: "Terjadi kesalahan yang tidak dikenal.", isian: null };
}
