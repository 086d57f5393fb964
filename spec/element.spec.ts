import { fitTileText, MIN_TEXT, Tile } from "../js/core/element";
import { RecordingSurface } from "./support/recording-surface";

/** Widths as RecordingSurface measures them: 0.6 of the size per character. */
const measure = (line: string, size: number) => new RecordingSurface().textWidth(line, size);

describe("Tile", () => {
  it("tile.draw(surface) draws a filled box and its value as centred text", () => {
    const tile = new Tile("42", { x: 100, y: 50 }, 80, 40);
    const surface = new RecordingSurface();
    tile.draw(surface, 0);
    expect(surface.calls).toEqual([
      "strokeWeight 2",
      "stroke tileStroke 255",
      "fill tileFill 255",
      "rect 60 30 80 40 8",
      "noStroke",
      "fill tileText 255",
      "textStyle bold",
      `textSize ${fitTileText("42", 80, 40, measure).size}`,
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
    expect(surface.calls.slice(0, 2)).toEqual(["strokeWeight 4", "stroke tileHighlight 255"]);
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
    expect(surface.calls[2]).toBe("fill tileLeaving 128");
    expect(tile.isGone(400)).toBe(true);
  });

  it("fitTileText shrinks the text for longer values so that six characters fit the tile", () => {
    const short = fitTileText("7", 100, 60, measure);
    const long = fitTileText("abcdef", 100, 60, measure);
    expect(long.size).toBeLessThan(short.size);
    expect(long.lines).toEqual(["abcdef"]);
    expect(measure("abcdef", long.size)).toBeLessThanOrEqual(100 - 6);
  });

  it("fitTileText splits a long value into two lines when one line would be under 12 px", () => {
    const fit = fitTileText("123456", 40, 40, measure);
    expect(fit.lines).toEqual(["123", "456"]);
    expect(fit.size).toBeGreaterThanOrEqual(MIN_TEXT);
    expect(measure("123", fit.size)).toBeLessThanOrEqual(40 - 6);
    expect(fitTileText("1234", 80, 40, measure).lines).toEqual(["1234"]); // fits on one line
    expect(fitTileText("7", 20, 20, measure).lines).toEqual(["7"]); // one character never splits
  });

  it("fitTileText splits between user-perceived characters, never inside one", () => {
    const family = "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}";
    const fit = fitTileText(`${family}ab${family}cd`, 30, 40, measure);
    expect(fit.lines).toEqual([`${family}ab`, `${family}cd`]);
  });

  it("a tile draws a two-line value as two texts, one above the other", () => {
    const tile = new Tile("123456", { x: 50, y: 50 }, 40, 40);
    const surface = new RecordingSurface();
    tile.draw(surface, 0);
    const texts = surface.calls.filter((c) => c.startsWith("text "));
    expect(texts.length).toBe(2);
    expect(surface.texts()).toEqual(["123", "456"]);
    const ys = texts.map((c) => Number(c.split(" ").pop()));
    expect(ys[0]).toBeLessThan(50);
    expect(ys[1]).toBeGreaterThan(50);
  });
});
