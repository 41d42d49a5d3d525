// Typed work not saved yet. A screen with unsaved edits registers a guard (what it is, how to save it); leaving
// the screen, choosing another pegawai, year or quarter, and closing the window first ask "Simpan perubahan?"
// (Simpan / Buang / Kembali). The dialog itself is drawn by the app shell (komponen/SimpanPerubahan).

export type Penjaga = { label: string; simpan: () => Promise<boolean>; buang?: () => void };

export const kotor = $state<{ penjaga: Record<string, Penjaga>; tanya: ((j: Jawaban) => void) | null }>({
  penjaga: {},
  tanya: null,
});

export type Jawaban = "simpan" | "buang" | "kembali";

/** Registers (or, with null, removes) the unsaved work of one place on a screen. */
export function jaga(id: string, p: Penjaga | null) {
  if (p) kotor.penjaga[id] = p;
  else delete kotor.penjaga[id];
}

export function yangKotor(): Penjaga[] {
  return Object.values(kotor.penjaga);
}

/** Whether the user may go on: true at once when nothing is unsaved; otherwise after Simpan (when every save
 * succeeded) or Buang; false on Kembali or a failed save (its error stays on the screen). */
export async function bolehPergi(): Promise<boolean> {
  if (yangKotor().length === 0) return true;
  const j = await new Promise<Jawaban>((r) => (kotor.tanya = r));
  kotor.tanya = null;
  if (j === "kembali") return false;
  for (const [id, p] of Object.entries(kotor.penjaga)) {
    if (j === "simpan") {
      if (!(await p.simpan())) return false;
    } else {
      p.buang?.();
    }
    delete kotor.penjaga[id];
  }
  return true;
}

/** Ctrl+S: saves every place with unsaved work, without asking; false when one failed (its error stays on the
 * screen and its work stays unsaved). */
export async function simpanSemua(): Promise<boolean> {
  for (const [id, p] of Object.entries(kotor.penjaga)) {
    if (!(await p.simpan())) return false;
    delete kotor.penjaga[id];
  }
  return true;
}
