// Tables a person can work with from the keyboard, and one-line rows that still tell everything.
// `use:tabel` on a <table>: its body rows (those with a data-kunci attribute) take the focus in turn with Tab,
// ↑/↓ (and Home/End) move between them, Enter or Space opens the row (its click), and a cell whose text is cut
// with an ellipsis shows the whole text as a tooltip.

/** The row the focus moves to from `kini` of `jumlah` rows on `tombol`; null: the key is not a move. */
export function pindahBaris(kini: number, jumlah: number, tombol: string): number | null {
  if (jumlah === 0) return null;
  switch (tombol) {
    case "ArrowDown":
      return Math.min(kini + 1, jumlah - 1);
    case "ArrowUp":
      return Math.max(kini - 1, 0);
    case "Home":
      return 0;
    case "End":
      return jumlah - 1;
    case "PageDown":
      return Math.min(kini + 10, jumlah - 1);
    case "PageUp":
      return Math.max(kini - 10, 0);
    default:
      return null;
  }
}

export function tabel(node: HTMLTableElement) {
  const baris = () => Array.from(node.querySelectorAll<HTMLTableRowElement>("tbody tr[data-kunci]"));
  // One row is in the Tab order (the last one focused, else the first); the others are reached with the arrows.
  function tata() {
    const semua = baris();
    const aktif = semua.find((r) => r.tabIndex === 0) ?? semua[0];
    for (const r of semua) r.tabIndex = r === aktif ? 0 : -1;
  }
  function tombol(e: KeyboardEvent) {
    const tr = e.target as HTMLElement;
    if (tr.tagName !== "TR" || !tr.hasAttribute("data-kunci")) return;
    const semua = baris();
    const i = semua.indexOf(tr as HTMLTableRowElement);
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      tr.click();
      return;
    }
    const j = pindahBaris(i, semua.length, e.key);
    if (j === null) return;
    e.preventDefault();
    for (const r of semua) r.tabIndex = -1;
    semua[j].tabIndex = 0;
    semua[j].focus();
    semua[j].scrollIntoView({ block: "nearest" });
  }
  function tip(e: MouseEvent) {
    const td = (e.target as HTMLElement).closest?.("td");
    // Read afresh each time: the row may have changed since the last hover.
    if (td) td.title = td.scrollWidth > td.clientWidth ? (td.textContent?.replace(/\s+/g, " ").trim() ?? "") : "";
  }
  const amati = new MutationObserver(tata);
  amati.observe(node, { childList: true, subtree: true });
  node.addEventListener("keydown", tombol);
  node.addEventListener("mouseover", tip);
  tata();
  return {
    destroy() {
      amati.disconnect();
      node.removeEventListener("keydown", tombol);
      node.removeEventListener("mouseover", tip);
    },
  };
}
