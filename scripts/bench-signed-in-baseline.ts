// The raw floor of the signed-in benchmark (scripts/bench-signed-in.ts): the queries behind the
// case page, My cases, the incident edit page, the incident save and the evidence file, answered
// as JSON (the file as bytes) by a bare node:http handler on raw better-sqlite3: no framework, no
// rendering, no session decoding (the user comes in the x-bench-user header).
// Usage: node --import tsx scripts/bench-signed-in-baseline.ts <data dir> <port>
import Database from "better-sqlite3";
import { readFile } from "node:fs/promises";
import { createServer, type ServerResponse } from "node:http";
import path from "node:path";

const dataDir = process.argv[2]!;
const db = new Database(path.join(dataDir, "spamtrail.db"));
db.pragma("journal_mode = WAL");
db.pragma("foreign_keys = ON");
db.pragma("busy_timeout = 5000");
db.pragma("synchronous = NORMAL");

const q = {
  // Every request: the signed-in user, read fresh (lib/auth.ts getCurrentUser).
  user: db.prepare("select * from users where id = ?"),
  unread: db.prepare("select count(*) as n from notifications where user_id = ? and read_at is null"),
  // Case page.
  caseForUser: db.prepare(
    "select c.*, s.key as sender_key, s.display as sender_display, s.kind as sender_kind from cases c join senders s on s.id = c.sender_id where c.id = ? and c.user_id = ?",
  ),
  incidents: db.prepare("select * from incidents where case_id = ? order by occurred_at, created_at"),
  exchanges: db.prepare("select * from exchanges where case_id = ? order by occurred_at, created_at"),
  evidenceViaIncidents: db.prepare("select e.*, i.occurred_at as at from evidence e join incidents i on i.id = e.incident_id where i.case_id = ?"),
  evidenceViaExchanges: db.prepare("select e.*, x.occurred_at as at from evidence e join exchanges x on x.id = e.exchange_id where x.case_id = ?"),
  share: db.prepare("select * from case_shares where case_id = ?"),
  // My cases (db/queries/cases.ts listCaseSummaries, listExchangeFactsForUser).
  summaries: db.prepare(
    `select c.id, c.status, c.country, c.licensed, c.customer, c.loss_rupiah,
       (select group_concat(distinct category) from incidents where case_id = c.id) as categories,
       s.display, s.kind,
       (select count(*) from incidents where case_id = c.id) as incident_count,
       (select max(occurred_at) from incidents where case_id = c.id) as last_at,
       (select category from incidents where case_id = c.id order by occurred_at desc limit 1) as latest_category
     from cases c join senders s on s.id = c.sender_id where c.user_id = ? order by last_at desc, c.created_at desc`,
  ),
  exchangeFacts: db.prepare(
    "select x.case_id, x.occurred_at, x.direction, x.channel, x.is_complaint, x.tags from exchanges x join cases c on c.id = x.case_id where c.user_id = ?",
  ),
  // Incident edit page and save.
  incidentForUser: db.prepare("select i.* from incidents i join cases c on c.id = i.case_id where i.id = ? and c.user_id = ?"),
  evidenceOfIncident: db.prepare("select * from evidence where incident_id = ? order by position, created_at"),
  senderByKey: db.prepare("select * from senders where key = ?"),
  caseOf: db.prepare("select * from cases where user_id = ? and sender_id = ?"),
  updateIncident: db.prepare("update incidents set message_text = ?, updated_at = ? where id = ?"),
  stopFromExchanges: db.prepare("select min(occurred_at) as at from exchanges where case_id = ? and is_stop_request = 1"),
  stopFromIncidents: db.prepare("select min(stop_requested_at) as at from incidents where case_id = ?"),
  setOptOut: db.prepare("update cases set opt_out_at = ? where id = ?"),
  // Evidence file.
  evidenceForUser: db.prepare(
    `select e.*, coalesce(i.case_id, x.case_id) as case_id, c.user_id as case_owner from evidence e
     left join incidents i on i.id = e.incident_id left join exchanges x on x.id = e.exchange_id
     left join cases c on c.id = coalesce(i.case_id, x.case_id) where e.id = ? and e.user_id = ?`,
  ),
};

type Row = Record<string, unknown>;
/** The save's write, as lib/cases/incidents.ts editIncident does it (without the public copy of shared cases). */
const save = db.transaction((incidentId: string, userId: string, senderKey: string, text: string) => {
  const sender = q.senderByKey.get(senderKey) as Row;
  const target = q.caseOf.get(userId, sender.id) as Row;
  q.updateIncident.run(text, Date.now(), incidentId);
  q.evidenceOfIncident.all(incidentId);
  const times = [(q.stopFromExchanges.get(target.id) as Row).at, (q.stopFromIncidents.get(target.id) as Row).at].filter(
    (t): t is number => typeof t === "number",
  );
  q.setOptOut.run(times.length ? Math.min(...times) : null, target.id);
  return target.id;
});

const json = (response: ServerResponse, body: unknown) => {
  const text = body === undefined ? null : JSON.stringify(body);
  response.writeHead(text === null ? 404 : 200, { "content-type": "application/json" });
  response.end(text ?? "null");
};

createServer((request, response) => {
  const url = new URL(request.url!, "http://localhost");
  const user = q.user.get(String(request.headers["x-bench-user"] ?? "")) as Row | undefined;
  if (!user) return json(response, undefined);
  const userId = user.id as string;
  const [, kind, id, action] = url.pathname.split("/");
  if (kind === "api" && id === "viewer") return json(response, { role: user.role, unread: (q.unread.get(userId) as Row).n });
  if (kind === "cases" && id) {
    const found = q.caseForUser.get(id, userId) as Row | undefined;
    if (!found) return json(response, undefined);
    const files = [...(q.evidenceViaIncidents.all(id) as Row[]), ...(q.evidenceViaExchanges.all(id) as Row[])].sort(
      (a, b) => (a.at as number) - (b.at as number),
    );
    return json(response, { user, case: found, incidents: q.incidents.all(id), exchanges: q.exchanges.all(id), files, share: q.share.get(id) ?? null });
  }
  if (kind === "cases") return json(response, { user, cases: q.summaries.all(userId), facts: q.exchangeFacts.all(userId) });
  if (kind === "incidents" && id && action === "edit" && request.method === "GET") {
    const incident = q.incidentForUser.get(id, userId);
    return json(response, incident && { user, incident, files: q.evidenceOfIncident.all(id) });
  }
  if (kind === "incidents" && id && action === "edit" && request.method === "POST") {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const [, values] = JSON.parse(Buffer.concat(chunks).toString("utf8")) as [string, { sender: string; messageText: string; senderKey: string }];
      const incident = q.incidentForUser.get(id, userId) as Row | undefined;
      if (!incident) return json(response, undefined);
      const sender = q.caseForUser.get(incident.case_id, userId) as Row;
      json(response, { caseId: save(id, userId, sender.sender_key as string, values.messageText) });
    });
    return;
  }
  if (kind === "api" && id === "evidence" && action) {
    const row = q.evidenceForUser.get(action, userId) as Row | undefined;
    if (!row || (row.case_id !== null && row.case_owner !== userId)) return json(response, undefined);
    const key = row.stored_key as string;
    void readFile(path.join(dataDir, "evidence", "objects", key.slice(0, 2), key)).then((bytes) => {
      response.writeHead(200, { "content-type": row.content_type as string, "content-length": bytes.length });
      response.end(bytes);
    });
    return;
  }
  json(response, undefined);
}).listen(Number(process.argv[3]), "127.0.0.1", () => console.log("baseline ready"));
