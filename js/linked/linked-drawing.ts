// Drawing of what makes nodes linked: each node's next box (a slash when next is null)
// and the next arrows between nodes, straight along a line or bent round to the next line.
import { Point } from "../core/element";
import { Surface } from "../core/surface";

export interface NodeBox {
  /** Centre and size of the node's value box (its tile). */
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The next box right of a node's value box; a slash through it says next is null. */
export function drawNextBox(surface: Surface, node: NodeBox, width: number, isNull: boolean, opacity = 255): void {
  const left = node.x + node.w / 2;
  const top = node.y - node.h / 2;
  surface.stroke("slotStroke", opacity);
  surface.strokeWeight(1.5);
  surface.fill("slotFill", opacity);
  surface.rect(left, top, width, node.h, 3);
  if (isNull) surface.line(left + 3, top + node.h - 4, left + width - 3, top + 4);
  else {
    surface.noStroke();
    surface.fill("slotStroke", opacity);
    surface.ellipse(left + width / 2, node.y, 6, 6);
  }
}

/** Where a node's next arrow starts: the dot in its next box. */
export function linkStart(node: NodeBox, width: number): Point {
  return { x: node.x + node.w / 2 + width / 2, y: node.y };
}

/**
 * A next arrow from `from` to the left edge of the node at `to`: straight when the node
 * is on the same line ahead, otherwise bent down between the lines and back.
 */
export function drawLink(surface: Surface, from: Point, to: NodeBox, opacity = 255): void {
  const end: Point = { x: to.x - to.w / 2, y: to.y };
  surface.stroke("slotStroke", opacity);
  surface.strokeWeight(2);
  let last = from;
  if (Math.abs(from.y - end.y) < 1 && end.x > from.x) surface.line(from.x, from.y, end.x - 8, end.y);
  else if (Math.abs(from.x - to.x) < to.w && end.y < from.y) {
    // A node drawn below the one it points at (a pushed node before top moves): out of its
    // next box, up between the two, and into the bottom of the node above.
    const tip = { x: to.x, y: to.y + to.h / 2 };
    const mid = (tip.y + from.y - to.h / 2) / 2;
    const path = [from, { x: from.x + 12, y: from.y }, { x: from.x + 12, y: mid }, { x: tip.x, y: mid }, { x: tip.x, y: tip.y + 8 }];
    for (let i = 1; i < path.length; i++) surface.line(path[i - 1].x, path[i - 1].y, path[i].x, path[i].y);
    return arrowHead(surface, tip, { x: 0, y: -1 }, opacity);
  } else {
    const mid = (from.y + end.y) / 2 + (end.y > from.y ? 0 : to.h);
    const path = [from, { x: from.x + 10, y: from.y }, { x: from.x + 10, y: mid }, { x: end.x - 14, y: mid }, { x: end.x - 14, y: end.y }];
    for (let i = 1; i < path.length; i++) surface.line(path[i - 1].x, path[i - 1].y, path[i].x, path[i].y);
    last = path[path.length - 1];
    surface.line(last.x, last.y, end.x - 8, end.y);
  }
  arrowHead(surface, end, { x: end.x - Math.min(last.x, end.x - 1), y: 0 }, opacity);
}

function arrowHead(surface: Surface, tip: Point, along: Point, opacity: number): void {
  const length = Math.hypot(along.x, along.y) || 1;
  const dx = along.x / length;
  const dy = along.y / length;
  surface.noStroke();
  surface.fill("slotStroke", opacity);
  surface.triangle(tip.x, tip.y, tip.x - dx * 9 - dy * 5, tip.y - dy * 9 + dx * 5, tip.x - dx * 9 + dy * 5, tip.y - dy * 9 - dx * 5);
}
