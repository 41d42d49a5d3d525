import { describe, expect, it } from "vitest";
import { geser, tempelKe, uraiTempel } from "./tempel";

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
