import { downloadHeaders } from "../http/responses";

/** One CSV field: quoted when needed; a leading = + - @ is defused so spreadsheets do not run it as a formula. */
export function csvField(value: unknown): string {
  const text =
    value === null || value === undefined ? "" : value instanceof Date ? value.toISOString() : Array.isArray(value) ? value.join(" ") : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV (RFC 4180, CRLF), with a header line of the columns in order. */
export function toCsv<Row extends Record<string, unknown>>(rows: readonly Row[], columns: readonly (keyof Row & string)[]): string {
  return [columns.join(","), ...rows.map((row) => columns.map((column) => csvField(row[column])).join(","))].join("\r\n") + "\r\n";
}

export const exportHeaders = (format: "csv" | "json", name: string) =>
  downloadHeaders(format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8", `${name}.${format}`);
