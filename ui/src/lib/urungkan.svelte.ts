// Deletions and edits of this session that can still be undone, newest last; the app shell shows the latest.
import type { Urungan } from "./bindings/Urungan";
import { api } from "./api";
import { bolehPergi } from "./kotor.svelte";

type Entri = Urungan & { segarkan: () => void };

export const urungkan = $state<{ daftar: Entri[]; pesan: string | null }>({ daftar: [], pesan: null });

/** Remembers a change that can be undone and the refresh to run once it is. */
export function catat(u: Urungan, segarkan: () => void) {
  urungkan.daftar.push({ ...u, segarkan });
  urungkan.pesan = null;
}

/** Undoes the latest change; errors come back as the message to show. */
export async function batalkanTerakhir() {
  if (!urungkan.daftar.length) return;
  // The screen reloads after an undo: typed and unsaved work is saved or dropped first, never overwritten.
  if (!(await bolehPergi())) return;
  const e = urungkan.daftar.pop();
  if (!e) return;
  try {
    const pesan = await api.pulihkan(e.audit_id);
    urungkan.pesan = pesan;
    e.segarkan();
    // The confirmation fades on its own; a newer message is left alone.
    setTimeout(() => {
      if (urungkan.pesan === pesan) urungkan.pesan = null;
    }, 8000);
  } catch (err) {
    urungkan.pesan = (err as { pesan?: string }).pesan ?? String(err);
  }
}

export function tutupPesan() {
  urungkan.pesan = null;
}
