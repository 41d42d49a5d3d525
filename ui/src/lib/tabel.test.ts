import { describe, expect, it } from "vitest";
import { pindahBaris } from "./tabel";

describe("pindahBaris", () => {
  const kasus: [number, number, string, number | null][] = [
    [0, 40, "ArrowDown", 1],
    [39, 40, "ArrowDown", 39],
    [0, 40, "ArrowUp", 0],
    [5, 40, "ArrowUp", 4],
    [5, 40, "Home", 0],
    [5, 40, "End", 39],
    [35, 40, "PageDown", 39],
    [5, 40, "PageUp", 0],
    [5, 40, "a", null],
    [0, 0, "ArrowDown", null],
  ];
  for (const [kini, jumlah, tombol, harap] of kasus) {
    it(`${kini}/${jumlah} ${tombol}`, () => expect(pindahBaris(kini, jumlah, tombol)).toBe(harap));
  }
});
