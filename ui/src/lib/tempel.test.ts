import { describe, expect, it, vi } from "vitest";
import { geser, tempelBlok, tempelKe, uraiTempel } from "./tempel";

describe("uraiTempel", () => {
  it("reads an Excel block with Indonesian numbers and a trailing newline", () => {
    expect(uraiTempel("93\t94,5\t95\t97,5\r\n1.234,5\t\t2\t3\r\n")).toEqual([
      ["93", "94,5", "95", "97,5"],
      ["1.234,5", "", "2", "3"],
    ]);
  });
  it("keeps a single value as one cell", () => {
    expect(uraiTempel("95,5")).toEqual([["95,5"]]);
  });
});

describe("tempelKe", () => {
  it("writes from the chosen cell and counts what falls outside", () => {
    const g = [
      ["", "", "", ""],
      ["", "", "", ""],
    ];
    const r = tempelKe(g, 1, 2, [["1", "2", "3"], ["4"]]);
    expect(g).toEqual([
      ["", "", "", ""],
      ["", "", "1", "2"],
    ]);
    expect(r).toEqual({ ditulis: 2, dibuang: 2 });
  });
});

describe("geser", () => {
  it("moves with the arrows and Enter, never out of the grid", () => {
    expect(geser("ArrowDown", 0, 0, 3, 4)).toEqual([1, 0]);
    expect(geser("Enter", 2, 1, 3, 4)).toEqual([2, 1]);
    expect(geser("Enter", 2, 1, 3, 4, true)).toEqual([1, 1]);
    expect(geser("ArrowLeft", 0, 0, 3, 4)).toEqual([0, 0]);
    expect(geser("ArrowRight", 0, 3, 3, 4)).toEqual([0, 3]);
    expect(geser("a", 0, 0, 3, 4)).toBeNull();
  });
});

describe("tempelBlok", () => {
  const peristiwa = (teks: string) => {
    const e = { clipboardData: { getData: () => teks }, preventDefault: vi.fn() };
    return e as unknown as ClipboardEvent & { preventDefault: ReturnType<typeof vi.fn> };
  };
  it("leaves a single value to the input", () => {
    const grid = [["", ""]];
    const e = peristiwa("12,5");
    expect(tempelBlok(e, grid, 0, 0)).toBeNull();
    expect(e.preventDefault).not.toHaveBeenCalled();
    expect(grid).toEqual([["", ""]]);
  });
  it("fills a block from the cell and counts what falls outside", () => {
    const grid = [["", ""], ["", ""]];
    const e = peristiwa("1.250\tND-1\r\n97,5\tLaporan\r\n5\tx\r\n");
    expect(tempelBlok(e, grid, 0, 0)).toBe("4 sel ditempel; 2 sel di luar tabel diabaikan. Periksa lalu simpan.");
    expect(e.preventDefault).toHaveBeenCalled();
    expect(grid).toEqual([["1.250", "ND-1"], ["97,5", "Laporan"]]);
  });
});
