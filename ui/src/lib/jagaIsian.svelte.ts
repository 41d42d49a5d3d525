// Guards one simple form (letterhead, unit, SS, …): what it showed when it opened, and whether what is in it now
// differs after the user typed. Unsaved work registers with lib/kotor, so leaving the screen, another year and
// closing the window ask "Simpan perubahan?" first.
import { jaga } from "./kotor.svelte";

export class JagaIsian<F> {
  /** Set by the form's input and change events: a select settling its value on opening is not typing. */
  disentuh = $state(false);
  #mula = $state("");

  /** Its key in lib/kotor, for asking about this form only (`bolehPergi([jaga.id])`). */
  readonly id: string;

  /** `ambil` is the form now (null when closed); `simpan` saves it and says whether it succeeded; `buang` puts
   * back what it showed (or closes it) when the user chooses Buang. */
  constructor(id: string, ambil: () => F | null, label: () => string, simpan: () => Promise<boolean>, buang?: () => void) {
    this.id = id;
    let sedang: Promise<boolean> | null = null;
    // A double click or Ctrl+S during a save saves once.
    const sekali = () => (sedang ??= simpan().finally(() => (sedang = null)));
    $effect(() => {
      const f = ambil();
      const kotor = f !== null && this.disentuh && JSON.stringify(f) !== this.#mula;
      jaga(id, kotor ? { label: label(), simpan: sekali, buang: () => { buang?.(); this.disentuh = false; } } : null);
    });
    $effect(() => () => jaga(id, null));
  }

  /** What the form shows now is its starting point: call when it opens and after it is saved. */
  mulai(f: F | null) {
    this.#mula = JSON.stringify(f);
    this.disentuh = false;
  }
}
