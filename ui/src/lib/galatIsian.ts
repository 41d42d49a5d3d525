// A rejected input is shown where it happened: the field the Rust side names (GalatUi.isian) is marked, gets the
// reason beside it, and is scrolled into view and focused. Forms put `use:tandaiIsian={galat}` on the form; the
// control is the one whose data-isian is the field name as the actions name it (several names separated by "|"),
// else the one inside the <label> whose text is that name (its words before any "(" or the control).
import type { GalatUi } from "./bindings/GalatUi";

/** Whether a control labelled `dataIsian` ("NIP" or "NIP atasan|Atasan") is the field `nama`. */
export function cocokIsian(dataIsian: string | undefined, nama: string): boolean {
  if (!dataIsian) return false;
  const n = nama.trim().toLowerCase();
  return dataIsian.split("|").some((d) => d.trim().toLowerCase() === n);
}

/** Whether a label reading `teks` ("Angka kredit (jabatan fungsional)") is the field `nama` ("Angka kredit"). */
export function cocokLabel(teks: string, nama: string): boolean {
  const t = teks.split("(")[0].replace(/\s+/g, " ").trim().toLowerCase();
  return t !== "" && t === nama.trim().toLowerCase();
}

/** The text a label shows before its control. */
function teksLabel(label: HTMLLabelElement): string {
  let t = "";
  for (const n of Array.from(label.childNodes)) {
    if (n.nodeType !== Node.TEXT_NODE) break;
    t += n.textContent ?? "";
  }
  return t;
}

function cariIsian(node: HTMLElement, nama: string): HTMLElement | null {
  const tanda = Array.from(node.querySelectorAll<HTMLElement>("[data-isian]")).find((e) => cocokIsian(e.dataset.isian, nama));
  if (tanda) return tanda;
  for (const label of Array.from(node.querySelectorAll("label"))) {
    if (!cocokLabel(teksLabel(label), nama)) continue;
    const el = label.querySelector<HTMLElement>("input, select, textarea");
    if (el) {
      // Marked from now on like a data-isian control (its mark is taken away the same way).
      el.dataset.isian = nama;
      return el;
    }
  }
  return null;
}

export function tandaiIsian(node: HTMLElement, galat: GalatUi | null) {
  function bersih() {
    node.querySelectorAll("[data-isian][aria-invalid='true']").forEach((el) => el.removeAttribute("aria-invalid"));
    node.querySelectorAll(".pesan-isian").forEach((el) => el.remove());
    node.classList.remove("galat-di-isian");
  }
  function pasang(g: GalatUi | null) {
    bersih();
    const isian = g?.isian;
    if (!isian) return;
    const el = cariIsian(node, isian.nama);
    if (!el) return;
    el.setAttribute("aria-invalid", "true");
    const pesan = document.createElement("small");
    pesan.className = "pesan-isian";
    pesan.setAttribute("role", "alert");
    pesan.textContent = `${isian.nama}: ${isian.pesan}`;
    el.after(pesan);
    node.classList.add("galat-di-isian");
    el.scrollIntoView({ block: "center" });
    el.focus();
  }
  // Typing in the marked field takes its mark away.
  function diketik(e: Event) {
    const t = e.target as HTMLElement;
    if (t.getAttribute?.("aria-invalid") === "true") {
      t.removeAttribute("aria-invalid");
      if (t.nextElementSibling?.classList.contains("pesan-isian")) t.nextElementSibling.remove();
    }
  }
  node.addEventListener("input", diketik);
  pasang(galat);
  return {
    update: pasang,
    destroy() {
      node.removeEventListener("input", diketik);
      bersih();
    },
  };
}
