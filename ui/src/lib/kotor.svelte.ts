// Typed work not saved yet. A screen with unsaved edits registers a guard (what it is, how to save it); leaving
// the screen, choosing another pegawai, year or quarter, and closing the window first ask "Simpan perubahan?"
// (Simpan / Buang / Kembali). The dialog itself is drawn by the app shell (komponen/SimpanPerubahan).

export type Penjaga = { label: string; simpan: () => Promise<boolean>; buang?: () => void };

export const kotor = $state<{ penjaga: Record<string, Penjaga>; tanya: ((j: Jawaban) => void) | null; hanya: string[] | null }>({
  penjaga: {},
  tanya: null,
  hanya: null,
});

export type Jawaban = "simpan" | "buang" | "kembali";

/** Registers (or, with null, removes) the unsaved work of one place on a screen. */
export function jaga(id: string, p: Penjaga | null) {
  if (p) kotor.penjaga[id] = p;
  else delete kotor.penjaga[id];
}

/** The unsaved places, all of them or only those named. */
export function yangKotor(hanya: string[] | null = null): Penjaga[] {
  return Object.entries(kotor.penjaga)
    .filter(([id]) => !hanya || hanya.includes(id))
    .map(([, p]) => p);
}

/** Whether the user may go on: true at once when nothing is unsaved; otherwise after Simpan (when every save
 * succeeded) or Buang; false on Kembali or a failed save (its error stays on the screen). */
export async function bolehPergi(hanya?: string[]): Promise<boolean> {
  // Closing one form asks about that form only; leaving a screen asks about everything on it.
  const ikut = (id: string) => !hanya || hanya.includes(id);
  if (!Object.keys(kotor.penjaga).some(ikut)) return true;
  // A question already on screen answers for both callers (a second click must not replace it).
  if (kotor.tanya) return false;
  kotor.hanya = hanya ?? null;
  const j = await new Promise<Jawaban>((r) => (kotor.tanya = r));
  kotor.tanya = null;
  kotor.hanya = null;
  if (j === "kembali") return false;
  for (const [id, p] of Object.entries(kotor.penjaga).filter(([id]) => ikut(id))) {
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
let menyimpan: Promise<boolean> | null = null;
export function simpanSemua(): Promise<boolean> {
  // Ctrl+S pressed twice while saving saves once.
  menyimpan ??= (async () => {
    try {
      for (const [id, p] of Object.entries(kotor.penjaga)) {
        if (!(await p.simpan())) return false;
        delete kotor.penjaga[id];
      }
      return true;
    } finally {
      menyimpan = null;
    }
  })();
  return menyimpan;
}

/**
 * A keydown handler for a form panel: Esc does what its Batal does, unless a question (Simpan perubahan?, a
 * confirmation) or the Panduan is open above it, which Esc closes first. `terbuka` says whether this panel is open:
 * a closed one leaves the Esc to the next panel on the screen (several sections listen on the same window).
 */
export function escUntuk(batal: () => void, terbuka: () => boolean = () => true) {
  return (e: KeyboardEvent) => {
    // An Esc already used (by a question above the form) is not used twice.
    if (e.key !== "Escape" || e.defaultPrevented || kotor.tanya || document.querySelector('[role="alertdialog"], #panduan')) return;
    if (!terbuka()) return;
    e.preventDefault();
    batal();
  };
}
