// The list-with-form screens (HKT, dialog kinerja, and what #16 adds): load the list, open a form for a new or an
// existing row, save, delete after asking. The row as it was shown goes along with a save, so a field the user
// did not touch keeps what another window saved meanwhile; every answer replaces the list; an undoable change goes
// to the undo bar; typed and unsaved work is guarded like every other form (lib/kotor).
import type { GalatUi } from "./bindings/GalatUi";
import type { Urungan } from "./bindings/Urungan";
import { JagaIsian } from "./jagaIsian.svelte";
import { bolehPergi, jaga } from "./kotor.svelte";
import { catat } from "./urungkan.svelte";

export type CaraDaftar<D, F> = {
  /** Key of the unsaved-work guard. */
  id: string;
  muat: () => Promise<D>;
  simpan: (form: F, semula: F | null) => Promise<D>;
  hapus: (form: F) => Promise<D>;
  /** What the "Simpan perubahan?" dialog calls the open form. */
  label: (form: F) => string;
};

export class DaftarForm<D extends { urungkan: Urungan | null }, F> {
  data = $state<D | null>(null);
  form = $state<F | null>(null);
  hapusIni = $state<F | null>(null);
  galat = $state<GalatUi | null>(null);
  #cara: CaraDaftar<D, F>;
  #semula: F | null = null;
  /** The open form's guard: the same one every single form uses (lib/jagaIsian). */
  #jaga: JagaIsian<F>;

  /** Set by the form's input and change events: only what the user typed makes it unsaved work. */
  get disentuh() {
    return this.#jaga.disentuh;
  }
  set disentuh(v: boolean) {
    this.#jaga.disentuh = v;
  }

  constructor(cara: CaraDaftar<D, F>) {
    this.#cara = cara;
    this.#jaga = new JagaIsian(
      cara.id,
      () => this.form,
      () => (this.form ? cara.label(this.form) : ""),
      () => this.#kirim(),
      () => this.#tutup(),
    );
  }

  #permintaan = 0;
  muat = async () => {
    // Only the newest request counts: a late answer for the previous pegawai is dropped.
    const ke = ++this.#permintaan;
    try {
      const d = await this.#cara.muat();
      if (ke !== this.#permintaan) return;
      this.data = d;
      this.galat = null;
    } catch (e) {
      if (ke === this.#permintaan) this.galat = e as GalatUi;
    }
  };

  /** Opens the form on a new row (`semula` null) or on a copy of an existing one; typed work in a form already
   * open asks first. */
  buka = async (f: F, baru: boolean) => {
    if (this.form !== null && !(await bolehPergi([this.#cara.id]))) return;
    this.form = structuredClone($state.snapshot(f) as F);
    this.#semula = baru ? null : structuredClone($state.snapshot(f) as F);
    this.#jaga.mulai(this.form);
    this.galat = null;
  };

  /** Closes the form without saving; typed work asks first. */
  batal = async () => {
    if (await bolehPergi([this.#cara.id])) this.#tutup();
  };

  /** Closes the form at once (another pegawai or year was chosen; the guard has already asked). */
  tutup() {
    this.#tutup();
  }

  #tutup() {
    jaga(this.#cara.id, null);
    this.form = null;
    this.galat = null;
    this.#jaga.mulai(null);
  }

  simpan = async (e: SubmitEvent) => {
    e.preventDefault();
    await this.#kirim();
  };

  #sedang: Promise<boolean> | null = null;
  /** Saves once, however often Simpan or Ctrl+S is pressed while it runs. */
  #kirim(): Promise<boolean> {
    this.#sedang ??= this.#kirimSekali().finally(() => (this.#sedang = null));
    return this.#sedang;
  }

  async #kirimSekali(): Promise<boolean> {
    if (!this.form) return true;
    try {
      const d = await this.#cara.simpan($state.snapshot(this.form) as F, this.#semula);
      this.#tutup();
      this.#terima(d);
      return true;
    } catch (err) {
      this.galat = err as GalatUi;
      return false;
    }
  }

  mintaHapus(f: F) {
    this.hapusIni = f;
  }

  jawabHapus = async (ya: boolean) => {
    const f = this.hapusIni;
    this.hapusIni = null;
    if (!ya || !f) return;
    try {
      this.#terima(await this.#cara.hapus(f));
    } catch (err) {
      this.galat = err as GalatUi;
    }
  };

  #terima(d: D) {
    this.data = d;
    this.galat = null;
    if (d.urungkan) catat(d.urungkan, this.muat);
  }
}
