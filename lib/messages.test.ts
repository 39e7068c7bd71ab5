import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "../messages/en.json";
import id from "../messages/id.json";
import { BASIC_ERROR_KEYS, ERROR_GROUPS } from "../i18n/client-namespaces";
import { failedWith } from "./action-result";
import { FAILURE_CODES, fail } from "./failure";
import { CASE_SETTING_SCHEMAS } from "./validations/case-settings";

/** The client forms whose every error is one of BASIC_ERROR_KEYS (checked below), and the hook that translates what their actions answer. */
const BASIC_ERROR_READERS = ["confirm-delete-button.tsx", "case-setting-form.tsx", "use-action-form.ts"];

const root = path.resolve(import.meta.dirname, "..");

/** The files a page imports (components and relative files, transitively) and the message namespaces they read. */
function namespacesReached(entry: string): { seen: Set<string>; used: Set<string> } {
  const resolve = (from: string, spec: string) => {
    const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : path.resolve(path.dirname(from), spec);
    return [".tsx", ".ts"].map((ext) => base + ext).find((file) => existsSync(file));
  };
  const seen = new Set<string>();
  const used = new Set<string>();
  const errorReaders = new Set<string>();
  const visit = (file: string | undefined) => {
    if (!file || seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(/useTranslations\("(\w+)/g)) used.add(match[1]!);
    // A group of `errors` (i18n/client-namespaces.ts ERROR_GROUPS), read by its namespace or by key.
    for (const match of source.matchAll(/useTranslations\("errors\.(\w+)"\)|errorText\(\s*["`](\w+)\./g)) {
      const group = match[1] ?? match[2]!;
      if ((ERROR_GROUPS as readonly string[]).includes(group)) used.add(`errors.${group}`);
    }
    if (/\buseErrorText\(\)|useTranslations\("errors"\)/.test(source) && !file.endsWith("form-fields.tsx")) errorReaders.add(path.basename(file));
    // FilingForm takes its namespace as a prop: the letters' pages pass any of these.
    if (file.endsWith("filing-form.tsx")) for (const namespace of ["complaint", "dataLetter", "regulatorComplaint"]) used.add(namespace);
    // An action or a schema answers message keys the form shows: one in a group needs the group.
    const answers = /[\\/]lib[\\/](actions|validations)[\\/]/.test(file);
    if (answers) {
      for (const match of source.matchAll(/["'`](\w+)\.\w+["'`]/g)) {
        if ((ERROR_GROUPS as readonly string[]).includes(match[1]!)) used.add(`errors.${match[1]}`);
      }
    }
    // import("…") too: a component fetched on first use (next/dynamic) still reads its messages on this page.
    for (const match of source.matchAll(/(?:from |import\()"((?:@\/components|@\/lib\/actions|@\/lib\/validations|\.{1,2})\/[^"]+)"/g)) {
      const target = resolve(file, match[1]!);
      // From an action or a schema, only into other actions and schemas: not the whole domain.
      if (!answers || (target && /[\\/]lib[\\/](actions|validations)[\\/]/.test(target))) visit(target);
    }
  };
  visit(entry);
  // A page whose only forms are deletes and case settings gets their few messages (BASIC_ERROR_KEYS).
  if (errorReaders.size > 0 && [...errorReaders].every((reader) => BASIC_ERROR_READERS.includes(reader))) {
    for (const set of [...used]) if (set === "errors" || set.startsWith("errors.")) used.delete(set);
    used.add("errors.basic");
  }
  return { seen, used };
}

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The top-level ICU arguments a message uses: {name}, {count, plural, …}. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    if (message[i] === "{") {
      if (depth === 0) names.add(/^\{\s*(\w+)/.exec(message.slice(i))?.[1] ?? "");
      depth++;
    } else if (message[i] === "}") depth--;
  }
  return [...names].sort();
}

describe("messages", () => {
  const english = flatten(en as Messages);
  const indonesian = flatten(id as Messages);

  it("has every key in both languages", () => {
    expect([...indonesian.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("uses the same arguments in both languages", () => {
    for (const [key, message] of english) {
      expect(argumentsOf(indonesian.get(key) ?? ""), key).toEqual(argumentsOf(message));
    }
  });
});

describe("messages sent to the browser", () => {
  it("include, for a page with only deletes and case settings, every error those can answer", () => {
    const basic: readonly string[] = BASIC_ERROR_KEYS;
    for (const code of FAILURE_CODES) {
      const result = failedWith(fail(code));
      expect(result.ok || basic.includes(result.formError ?? ""), code).toBe(true);
    }
    for (const [setting, schema] of Object.entries(CASE_SETTING_SCHEMAS)) {
      for (const wrong of [{}, { [setting]: "nonsense" }, { [setting]: 7 }]) {
        const parsed = schema.safeParse(wrong);
        expect(parsed.success).toBe(false);
        for (const issue of parsed.error?.issues ?? []) expect(basic, `${setting}: ${issue.message}`).toContain(issue.message);
      }
    }
    for (const key of basic) expect(Object.keys(en.errors), key).toContain(key);
  });

  it("include every namespace a client component reads", async () => {
    const { readdirSync } = await import("node:fs");
    const { CLIENT_NAMESPACES } = await import("../i18n/client-namespaces");
    const files = ["components", "app"].flatMap((dir) =>
      readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" }).map((file) => path.join(root, dir, file)),
    );
    const client = files.filter((file) => /\.tsx?$/.test(file) && readFileSync(file, "utf8").startsWith('"use client"'));
    const used = new Set(client.flatMap((file) => [...readFileSync(file, "utf8").matchAll(/useTranslations\("(\w+)/g)].map((match) => match[1]!)));
    // Components a client component renders read theirs too (MaskedText), and FilingForm takes its namespace as a prop.
    for (const namespace of ["masks", "complaint", "dataLetter", "regulatorComplaint"]) used.add(namespace);
    expect(used.size).toBeGreaterThan(10);
    for (const namespace of used) expect(CLIENT_NAMESPACES, namespace).toContain(namespace);
    for (const namespace of CLIENT_NAMESPACES) expect(Object.keys(en), namespace).toContain(namespace);
  });

  it("are, on each private page, exactly the namespaces the components it imports read", async () => {
    const { readdirSync } = await import("node:fs");
    const pages = path.join(root, "app", "(app)");
    const checked: string[] = [];
    for (const file of readdirSync(pages, { recursive: true, encoding: "utf8" })) {
      if (!/(page|layout|not-found)\.tsx$/.test(file)) continue;
      const { used } = namespacesReached(path.join(pages, file));
      // What the page hands to its client components (components/client-messages.tsx).
      const source = readFileSync(path.join(pages, file), "utf8");
      const declared = new Set(
        [...source.matchAll(/<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}\s*>/g)].flatMap((match) =>
          [...match[1]!.matchAll(/"([\w.]+)"/g)].map((name) => name[1]!),
        ),
      );
      expect([...declared].sort().join(", "), file).toEqual([...used].sort().join(", "));
      checked.push(file);
    }
    expect(checked.length).toBeGreaterThan(25);
  });

  it("include, on cached public pages, every namespace the components they import read", async () => {
    const { readdirSync } = await import("node:fs");
    const { PUBLIC_CLIENT_NAMESPACES } = await import("../i18n/client-namespaces");
    const pages = path.join(root, "app", "(public)");
    const seen = new Set<string>();
    const used = new Set<string>();
    for (const file of readdirSync(pages, { recursive: true, encoding: "utf8" })) {
      if (!/\.tsx?$/.test(file)) continue;
      const reached = namespacesReached(path.join(pages, file));
      for (const each of reached.seen) seen.add(each);
      for (const namespace of reached.used) used.add(namespace);
    }
    expect(seen.size).toBeGreaterThan(10);
    expect([...used].sort()).toEqual([...PUBLIC_CLIENT_NAMESPACES].sort());
  });
});
