// A screen asks the shell to show another section (an empty state's "what to do next" button); the shell moves
// there after asking about unsaved work, as the side bar does.
import type { Bagian } from "./navigasi";

export const layar = $state<{ minta: Bagian | null }>({ minta: null });

export function bukaLayar(b: Bagian) {
  layar.minta = b;
}
