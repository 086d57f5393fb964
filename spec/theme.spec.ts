import { resolveTheme } from "../js/page/theme";
import { Handle, mountWith } from "../js/embed";
import { QUIET } from "./support/host";
import { darkPalette, lightPalette } from "../js/core/palette";

const prefersDark = () => matchMedia("(prefers-color-scheme: dark)").matches;

function nested(outer: Record<string, string>, inner: Record<string, string> = {}): { outer: HTMLElement; host: HTMLElement } {
  const make = (attrs: Record<string, string>) => {
    const el = document.createElement("div");
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    return el;
  };
  const o = make(outer);
  const i = make(inner);
  const host = document.createElement("div");
  i.append(host);
  o.append(i);
  document.body.append(o);
  return { outer: o, host };
}

describe("themes", () => {
  const made: HTMLElement[] = [];
  afterEach(() => made.splice(0).forEach((e) => e.remove()));

  it("resolveTheme: \"light\" and \"dark\" are what they say, whatever the page", () => {
    const { outer, host } = nested({ "data-theme": "dark" });
    made.push(outer);
    expect(resolveTheme("light", host)).toBe("light");
    expect(resolveTheme("dark", document.body)).toBe("dark");
  });

  it("resolveTheme(\"auto\") follows the marks documentation themes and frameworks put on a dark page", () => {
    const marks: Record<string, string>[] = [
      { "data-md-color-scheme": "slate" },
      { "data-theme": "dark" },
      { "data-bs-theme": "dark" },
      { "data-jp-theme-light": "false" },
      { class: "wy-body dark" },
    ];
    for (const attrs of marks) {
      const { outer, host } = nested(attrs);
      made.push(outer);
      expect(resolveTheme("auto", host)).withContext(JSON.stringify(attrs)).toBe("dark");
    }
  });

  it("resolveTheme(\"auto\"): the nearest mark wins, and a light mark wins over the reader's dark preference", () => {
    const a = nested({ "data-theme": "dark" }, { "data-theme": "light" });
    const b = nested({ "data-bs-theme": "light" }, { class: "dark" });
    const c = nested({ "data-md-color-scheme": "default" });
    made.push(a.outer, b.outer, c.outer);
    expect(resolveTheme("auto", a.host)).toBe("light");
    expect(resolveTheme("auto", b.host)).toBe("dark");
    expect(resolveTheme("auto", c.host)).toBe("light");
  });

  it("resolveTheme(\"auto\") with no mark follows prefers-color-scheme", () => {
    const { outer, host } = nested({});
    made.push(outer);
    expect(resolveTheme("auto", host)).toBe(prefersDark() ? "dark" : "light");
  });

  describe("a mounted example", () => {
    let handle: Handle | undefined;
    afterEach(() => {
      if (handle) handle.destroy();
      document.body.removeAttribute("data-md-color-scheme");
    });

    function mountIn(attrs: Record<string, string>, theme?: string) {
      const { outer, host } = nested(attrs);
      made.push(outer);
      handle = mountWith(host, theme ? { theme } : {}, QUIET);
      return host.querySelector(".dsviz-example") as HTMLElement;
    }

    it("theme: \"dark\" gives the controls and the canvas the dark colours", () => {
      const root = mountIn({}, "dark");
      expect(root.classList.contains("dsviz-dark")).toBe(true);
      const canvas = root.querySelector("canvas") as HTMLCanvasElement;
      expect(Array.from(canvas.getContext("2d")!.getImageData(1, 1, 1, 1).data.slice(0, 3))).toEqual([15, 23, 42]);
      expect(getComputedStyle(root).backgroundColor).toBe("rgb(15, 23, 42)");
      expect(darkPalette.background).toBe("#0f172a");
    });

    it("an \"auto\" example follows <body> turning dark and light at once (Material's palette toggle)", async () => {
      const root = mountIn({});
      const canvas = root.querySelector("canvas") as HTMLCanvasElement;
      const corner = () => Array.from(canvas.getContext("2d")!.getImageData(1, 1, 1, 1).data.slice(0, 3));
      document.body.setAttribute("data-md-color-scheme", "slate");
      await new Promise((resolve) => setTimeout(resolve));
      expect(root.classList.contains("dsviz-dark")).toBe(true);
      expect(corner()).toEqual([15, 23, 42]);
      document.body.setAttribute("data-md-color-scheme", "default"); // light, even for a reader who prefers dark
      await new Promise((resolve) => setTimeout(resolve));
      expect(root.classList.contains("dsviz-dark")).toBe(false);
      expect(corner()).toEqual([255, 255, 255]);
      expect(lightPalette.background).toBe("#ffffff");
    });

    it("an \"auto\" example inside a dark-marked part of the page is dark", () => {
      expect(mountIn({ "data-theme": "dark" }).classList.contains("dsviz-dark")).toBe(true);
    });

    it("a mark on <body> switches every auto example, and theme: \"light\" stays light", async () => {
      const auto = mountIn({});
      const autoHandle = handle as Handle;
      const fixed = mountIn({}, "light");
      document.body.setAttribute("data-md-color-scheme", "slate");
      await new Promise((resolve) => setTimeout(resolve));
      expect(auto.classList.contains("dsviz-dark")).toBe(true);
      expect(fixed.classList.contains("dsviz-dark")).toBe(false);
      autoHandle.destroy();
    });
  });
});
