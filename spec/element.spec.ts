import { Tile, tileTextSize } from "../js/core/element";
import { palette } from "../js/core/palette";
import { RecordingSurface } from "./support/recording-surface";

describe("Tile", () => {
  it("tile.draw(surface) draws a filled box and its value as centred text", () => {
    const tile = new Tile("42", { x: 100, y: 50 }, 80, 40);
    const surface = new RecordingSurface();
    tile.draw(surface, 0);
    expect(surface.calls).toEqual([
      "strokeWeight 2",
      `stroke ${palette.tileStroke} 255`,
      `fill ${palette.tileFill} 255`,
      "rect 60 30 80 40 8",
      "noStroke",
      `fill ${palette.tileText} 255`,
      "textStyle bold",
      `textSize ${tileTextSize("42", 80, 40)}`,
      "textAlign center center",
      'text "42" 100 50',
    ]);
  });

  it("tile.draw shows markup-like values as literal text", () => {
    const tile = new Tile("<b>x", { x: 0, y: 0 }, 80, 40);
    const surface = new RecordingSurface();
    tile.draw(surface, 0);
    expect(surface.texts()).toEqual(["<b>x"]);
  });

  it("tile.flags.highlight outlines the tile in the highlight colour", () => {
    const tile = new Tile("1", { x: 0, y: 0 }, 40, 40);
    tile.flags.highlight = true;
    const surface = new RecordingSurface();
    tile.draw(surface, 0);
    expect(surface.calls.slice(0, 2)).toEqual(["strokeWeight 4", `stroke ${palette.tileHighlight} 255`]);
  });

  it("tile.moveTo(p, now, d) glides to p and reports animating until then", () => {
    const tile = new Tile("1", { x: 0, y: 0 }, 40, 40);
    tile.moveTo({ x: 100, y: 200 }, 0, 400);
    expect(tile.isAnimating(100)).toBe(true);
    const mid = tile.position(200);
    expect(mid.x).toBeCloseTo(50, 6);
    expect(mid.y).toBeCloseTo(100, 6);
    expect(tile.position(400)).toEqual({ x: 100, y: 200 });
    expect(tile.isAnimating(400)).toBe(false);
  });

  it("tile.enter fades in from transparent while sliding in", () => {
    const tile = new Tile("1", { x: 0, y: 0 }, 40, 40);
    tile.enter({ x: 0, y: -50 }, { x: 0, y: 0 }, 0, 400);
    expect(tile.opacity(0)).toBe(0);
    expect(tile.position(0)).toEqual({ x: 0, y: -50 });
    const surface = new RecordingSurface();
    tile.draw(surface, 0);
    expect(surface.calls).toEqual([]); // fully transparent: nothing drawn
    expect(tile.opacity(400)).toBe(1);
  });

  it("tile.exit fades out, draws muted, and is gone once settled", () => {
    const tile = new Tile("1", { x: 0, y: 0 }, 40, 40);
    tile.exit({ x: 0, y: -50 }, 0, 400);
    expect(tile.flags.leaving).toBe(true);
    expect(tile.isGone(200)).toBe(false);
    const surface = new RecordingSurface();
    tile.draw(surface, 200);
    expect(surface.calls[2]).toBe(`fill ${palette.tileLeaving} 128`);
    expect(tile.isGone(400)).toBe(true);
  });

  it("tileTextSize shrinks for longer values so six characters fit the tile", () => {
    const short = tileTextSize("7", 100, 60);
    const long = tileTextSize("abcdef", 100, 60);
    expect(long).toBeLessThan(short);
    expect(long * 0.62 * 6).toBeLessThanOrEqual(100 - 6);
  });
});
