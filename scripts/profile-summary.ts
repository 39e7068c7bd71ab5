// Summarizes a V8 CPU profile (.cpuprofile, from `node --cpu-prof`): the functions with the most
// self time, with the file they come from, and the self time grouped by package (React's HTML
// renderer, React's RSC serializer, Next, next-intl, drizzle, better-sqlite3, zod, luxon, Intl,
// app code, GC…). Bundled files (Next's runtimes, the app's chunks in .next) are mapped back to
// their sources through their source maps where they have one.
// --from/--to (microseconds of the monotonic clock, process.hrtime.bigint() / 1000n in any process
// of this machine, the profile's own clock) keep only the samples of a window, e.g. the load
// without the server's start.
// --requests N (the requests the window served) adds the CPU time per request.
// Usage: node --import tsx scripts/profile-summary.ts <file.cpuprofile | directory> [--top 40] [--files N] [--from µs] [--to µs] [--requests N]
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { SourceMap } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; hitCount?: number; children?: number[] };
type Profile = { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    top: { type: "string", default: "40" },
    files: { type: "string" },
    requests: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
  },
});
let file = positionals[0];
if (!file) throw new Error("usage: profile-summary.ts <file.cpuprofile | directory> [--top 40]");
// A directory: its biggest profile (the server's, not the launcher's).
if (statSync(file).isDirectory()) {
  const dir = file;
  file = readdirSync(dir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .map((f) => path.join(dir, f))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0];
  if (!file) throw new Error(`no .cpuprofile in ${dir}`);
}
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;

// Self time per node: each sample lasts until the next one (timeDeltas[i + 1]). A sample is
// taken at startTime plus the deltas so far.
const from = Number(args.from ?? -Infinity);
const to = Number(args.to ?? Infinity);
const selfMicros = new Map<number, number>();
let at = profile.startTime;
for (let i = 0; i < profile.samples.length; i++) {
  at += profile.timeDeltas[i] ?? 0;
  if (at < from || at > to) continue;
  const duration = profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0;
  const id = profile.samples[i]!;
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + Math.max(0, duration));
}
const total = [...selfMicros.values()].reduce((a, b) => a + b, 0);

// Source maps of bundled files, loaded once each (null when the file has none).
const maps = new Map<string, SourceMap | null>();
function sourceMapOf(url: string): SourceMap | null {
  if (maps.has(url)) return maps.get(url)!;
  let map: SourceMap | null = null;
  try {
    const local = url.startsWith("file://") ? fileURLToPath(url) : url;
    if (local.endsWith(".js") && existsSync(`${local}.map`)) {
      const payload = JSON.parse(readFileSync(`${local}.map`, "utf8")) as { sources: string[]; sourceRoot?: string };
      // Relative sources (a package's own maps) are resolved to files, so their package shows.
      const base = path.resolve(path.dirname(local), payload.sourceRoot ?? "");
      payload.sources = payload.sources.map((source) => {
        const decoded = decodeURIComponent(source);
        return /^[a-z]+:/i.test(decoded) || decoded.startsWith("/") ? decoded : path.resolve(base, decoded);
      });
      map = new SourceMap(payload as ConstructorParameters<typeof SourceMap>[0]);
    }
  } catch {
    map = null;
  }
  maps.set(url, map);
  return map;
}

/** Where a frame's code comes from: its original source when a source map knows it. */
function sourceOf(frame: CallFrame): { source: string; line: number; name: string } {
  const map = frame.url ? sourceMapOf(frame.url) : null;
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string; originalLine?: number; name?: string } | undefined;
  if (entry?.originalSource)
    return { source: entry.originalSource, line: (entry.originalLine ?? 0) + 1, name: frame.functionName || entry.name || "(anonymous)" };
  return { source: frame.url, line: frame.lineNumber + 1, name: frame.functionName || "(anonymous)" };
}

const INTL =
  /^(DateTimeFormat|NumberFormat|PluralRules|Collator|ListFormat|RelativeTimeFormat|DisplayNames|Segmenter|Locale|formatToParts|formatRange|resolvedOptions|supportedLocalesOf|toLocale\w*String|localeCompare)$/;
const SQLITE = /^(all|get|run|iterate|prepare|exec|pragma|transaction|raw|pluck|expand|columns|bind)$/;

/** The group a frame's self time counts in. */
function groupOf(frame: CallFrame, source: string): string {
  const name = frame.functionName;
  if (name === "(garbage collector)") return "GC";
  if (name === "(idle)") return "idle";
  if (name === "(program)") return "(program): V8/native outside JS";
  if (name === "(root)") return "(root)";
  const s = source.replaceAll("\\", "/");
  if (!s) {
    // Native functions have no file: Intl's formatters, better-sqlite3's statements, builtins.
    if (INTL.test(name)) return "Intl (native)";
    if (name.startsWith("RegExp: ")) return "RegExp (native)";
    if (SQLITE.test(name)) return "better-sqlite3 (native)";
    return "builtins (native, no file)";
  }
  if (
    /react-dom\/cjs\/react-dom-server|react-dom\/server|ReactFizz|ReactDOMServer|react-dom\/src\/server|react-server\/src\/ReactFizz|react-dom-bindings\/src\/server/.test(
      s,
    )
  )
    return "react-dom server (HTML render)";
  // Flight is paid twice per page: encoding the RSC payload, then reading it back to render HTML.
  if (/react-server-dom-[a-z]+-client|react-client\/src\/ReactFlight/.test(s)) return "React Flight client (payload read back for the HTML)";
  if (/react-server-dom|ReactFlight/.test(s)) return "React Flight server (RSC payload encoding)";
  if (/react-server\/src/.test(s)) return "react-dom server (HTML render)";
  if (/\/react\/|react\/cjs/.test(s)) return "react";
  if (/next-intl|use-intl|intl-messageformat|icu-minify|@formatjs/.test(s)) return "next-intl";
  if (/drizzle-orm/.test(s)) return "drizzle";
  if (/better-sqlite3/.test(s)) return "better-sqlite3";
  if (/\/zod\//.test(s)) return "zod";
  if (/\/luxon\//.test(s)) return "luxon";
  if (/next-auth|\/jose\/|@panva/.test(s)) return "next-auth (session JWT)";
  if (/date-holidays/.test(s)) return "date-holidays";
  if (/libphonenumber/.test(s)) return "libphonenumber-js";
  if (/\/next\/|next\/dist|\[next\]|webpack\/runtime|turbopack/.test(s) && !/\[project\]\/(app|components|lib|db|i18n)\//.test(s)) return "next";
  // Node's own modules by area: zlib (compressing answers), crypto (the session cookie's key
  // derivation, random ids), streams, async_hooks (AsyncLocalStorage), http…
  if (/^node:zlib|internal\/zlib/.test(s)) return "node zlib (compressing answers)";
  const core = /^node:(?:internal\/)?([a-z_]+)/.exec(s)?.[1];
  if (core === "crypto") return "node crypto (session key derivation, random ids)";
  if (core === "async_hooks") return "node async_hooks (AsyncLocalStorage, promise hooks)";
  if (core && ["webstreams", "streams", "stream"].includes(core)) return "node streams";
  if (core === "buffer") return "node buffer";
  if (core) return "node core, other (http, net, events…)";
  // A package's own source map, flattened by the bundler with the wrong base, leaves no package
  // in the path: drizzle-orm's "../src/entity.ts" becomes "node_modules/src/entity.ts", use-intl's
  // "core.ts" "node_modules/core.ts". Known by their names; else the chunk's name may say.
  if (/node_modules\/src\//.test(s)) return "drizzle";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(s)?.[1];
  if (pkg) return pkg;
  if (/node_modules\/(core|formatters|initializeConfig|createFormatter|format-message|react|server|index)\.tsx?$/.test(s)) return "next-intl";
  if (/node_modules\//.test(s)) {
    const chunkPackage = /node_modules_((?:%40|@)?[a-z0-9.-]+)_/i.exec(frame.url)?.[1]?.replace("%40", "@");
    return chunkPackage === "use-intl" ? "next-intl" : (chunkPackage ?? "node_modules (package not known)");
  }
  if (/(^|\/|\[project\]\/)(app|components|lib|db|i18n|scripts)\//.test(s) || /\.next\/server\//.test(s)) return "app code";
  return "other";
}

/** A short place for a source: the package and file, or the app's path. */
function placeOf(source: string, line: number): string {
  const s = source.replaceAll("\\", "/").replace(/^file:\/\//, "");
  const bundled = /^webpack:\/\/([^/]+)\/\.\/(.*)$/.exec(s);
  if (bundled)
    return `${bundled[1]} ${bundled[2]!
      .replace(/^dist\/compiled\//, "")
      .split("/")
      .slice(-2)
      .join("/")}:${line}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(s);
  if (pkg) return `${pkg[1]} ${pkg[2]!.split("/").slice(-2).join("/")}:${line}`;
  const project = /\[project\]\/(.*)$/.exec(s)?.[1] ?? /\/(app|components|lib|db|i18n|scripts|\.next)\/(.*)$/.exec(s)?.[0]?.slice(1);
  return `${project ?? (s || "(native)")}:${line}`;
}

const byFunction = new Map<string, { micros: number; group: string }>();
const byFile = new Map<string, { micros: number; group: string }>();
const byGroup = new Map<string, number>();
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
for (const [id, micros] of selfMicros) {
  const frame = nodes.get(id)!.callFrame;
  const { source, line, name } = sourceOf(frame);
  const group = groupOf(frame, source);
  byGroup.set(group, (byGroup.get(group) ?? 0) + micros);
  const key = `${name.length > 80 ? `${name.slice(0, 77)}…` : name}  ${frame.url || frame.functionName.startsWith("(") ? placeOf(source, line) : "(native)"}`;
  if (frame.url) {
    const fileKey = placeOf(source, 0).replace(/:0$/, "");
    const fileEntry = byFile.get(fileKey) ?? { micros: 0, group };
    fileEntry.micros += micros;
    byFile.set(fileKey, fileEntry);
  }
  const entry = byFunction.get(key) ?? { micros: 0, group };
  entry.micros += micros;
  byFunction.set(key, entry);
}

const busy = total - (byGroup.get("idle") ?? 0);
const pct = (micros: number, of = busy) => `${((100 * micros) / of).toFixed(1).padStart(5)} %`;
const msOf = (micros: number) => `${(micros / 1000).toFixed(0).padStart(7)} ms`;
const window = args.from || args.to ? " in the window asked for" : "";
const perRequest = args.requests ? `, ${(busy / 1000 / Number(args.requests)).toFixed(1)} ms of CPU per request (${args.requests} requests)` : "";
console.log(
  `${path.basename(file)}: ${(total / 1e6).toFixed(1)} s sampled${window}, ${(busy / 1e6).toFixed(1)} s busy (not idle)${perRequest}; shares below are of the busy time`,
);
console.log("\nself time by package");
let small = 0;
for (const [group, micros] of [...byGroup].filter(([group]) => group !== "idle").sort((a, b) => b[1] - a[1])) {
  if (micros < busy / 1000) small += micros;
  else console.log(`  ${group.padEnd(52)} ${msOf(micros)} ${pct(micros)}`);
}
if (small) console.log(`  ${"(each under 0.1 %, together)".padEnd(52)} ${msOf(small)} ${pct(small)}`);
console.log(`\ntop ${args.top} functions by self time`);
for (const [key, { micros, group }] of [...byFunction]
  .filter(([, v]) => v.group !== "idle")
  .sort((a, b) => b[1].micros - a[1].micros)
  .slice(0, Number(args.top))) {
  console.log(`  ${msOf(micros)} ${pct(micros)}  ${key}  [${group}]`);
}
const files = Number(args.files ?? args.top);
if (files > 0) console.log(`\ntop ${files} source files by self time`);
for (const [key, { micros, group }] of [...byFile].sort((a, b) => b[1].micros - a[1].micros).slice(0, files)) {
  console.log(`  ${msOf(micros)} ${pct(micros)}  ${key}  [${group}]`);
}
