// Pasting a block copied from Excel or LibreOffice into a grid: the clipboard holds tab-separated rows.
// Numbers stay text here; Rust reads them (Indonesian notation) and names any cell it cannot read.

/** Splits clipboard text into rows of cells; a trailing newline (Excel adds one) is not an extra row. */
export function uraiTempel(teks: string): string[][] {
  const baris = teks.replace(/\r\n?/g, "\n").split("\n");
  if (baris.length > 1 && baris[baris.length - 1] === "") baris.pop();
  return baris.map((b) => b.split("\t").map((s) => s.trim()));
}

/**
 * Writes a pasted block into `grid` starting at (baris, kolom); cells beyond the grid are dropped and counted.
 * Returns the number of cells written and dropped.
 */
export function tempelKe(grid: string[][], baris: number, kolom: number, blok: string[][]): { ditulis: number; dibuang: number } {
  let ditulis = 0;
  let dibuang = 0;
  blok.forEach((r, i) =>
    r.forEach((nilai, j) => {
      const b = baris + i;
      const k = kolom + j;
      if (b < grid.length && k < grid[b].length) {
        grid[b][k] = nilai;
        ditulis++;
      } else {
        dibuang++;
      }
    }),
  );
  return { ditulis, dibuang };
}

/** The cell reached from (baris, kolom) by an arrow key, Enter or Tab; stays inside the grid. */
export function geser(kunci: string, baris: number, kolom: number, nBaris: number, nKolom: number, mundur = false): [number, number] | null {
  switch (kunci) {
    case "ArrowUp":
      return [Math.max(0, baris - 1), kolom];
    case "ArrowDown":
    case "Enter":
      return [Math.min(nBaris - 1, baris + (mundur ? -1 : 1)), kolom];
    case "ArrowLeft":
      return [baris, Math.max(0, kolom - 1)];
    case "ArrowRight":
      return [baris, Math.min(nKolom - 1, kolom + 1)];
    default:
      return null;
  }
}

/**
 * Keyboard navigation in a grid of inputs marked `data-baris` and `data-<atribut>` inside `tabel` (a CSS selector):
 * arrow keys, Enter and Shift+Enter move the focus and select the cell's text.
 */
export function pindahFokus(tabel: string, atribut: string, e: KeyboardEvent, baris: number, kolom: number, nBaris: number, nKolom: number) {
  const ke = geser(e.key, baris, kolom, nBaris, nKolom, e.shiftKey);
  if (!ke) return;
  e.preventDefault();
  const sel = document.querySelector<HTMLInputElement>(`${tabel} input[data-baris="${ke[0]}"][data-${atribut}="${ke[1]}"]`);
  sel?.focus();
  sel?.select();
}

/**
 * A paste into a grid cell: a single value is left to the input; a block copied from Excel fills the grid from
 * that cell. Returns the message to show, or null when the input handles it.
 */
export function tempelBlok(e: ClipboardEvent, grid: string[][], baris: number, kolom: number): string | null {
  const blok = uraiTempel(e.clipboardData?.getData("text/plain") ?? "");
  if (blok.length === 1 && blok[0].length === 1) return null;
  e.preventDefault();
  const r = tempelKe(grid, baris, kolom, blok);
  return `${r.ditulis} sel ditempel` + (r.dibuang ? `; ${r.dibuang} sel di luar tabel diabaikan` : "") + ". Periksa lalu simpan.";
}
