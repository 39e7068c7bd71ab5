// The ceiling for the directory benchmark: the same queries as the sender page, the search and
// the directory list, answered as JSON by a bare node:http handler on raw better-sqlite3, with
// no framework, no rendering and no auth. Started by scripts/bench-directory.ts.
import Database from "better-sqlite3";
import { createServer } from "node:http";
import { parseSender } from "@/lib/sender-identity";

const db = new Database(process.argv[2]!, { readonly: true });
db.pragma("journal_mode = WAL");

const statements = {
  page: db.prepare("select coalesce(parent_id, id) as id from senders where id = ?"),
  stats: db.prepare("select * from sender_stats where sender_id = ?"),
  group: db.prepare("select * from senders where id = ? or parent_id = ?"),
  reports: db.prepare(
    `select p.id, p.occurred_at, p.time_zone, p.channel, p.category, p.text, p.call_duration_seconds, p.rule_ids, p.share_id
     from public_incidents p join case_shares s on s.id = p.share_id
     where p.sender_id = ? and p.hidden_at is null and s.hidden_at is null
     order by p.occurred_at desc, p.id desc limit 21`,
  ),
  conversations: db.prepare(
    `select s.id from case_shares s where s.sender_id = ? and s.hidden_at is null
     and exists (select 1 from public_exchanges pe where pe.share_id = s.id and pe.hidden_at is null)
     order by s.shared_at desc limit 5`,
  ),
  messages: db.prepare("select * from public_exchanges where share_id = ? and hidden_at is null order by occurred_at"),
  screenshots: db.prepare(
    `select e.id, e.width, e.height from public_evidence e join case_shares s on s.id = e.share_id
     where s.sender_id = ? and e.hidden_at is null and s.hidden_at is null order by s.shared_at desc limit 12`,
  ),
  byKey: db.prepare("select st.sender_id as id from senders s join sender_stats st on st.sender_id = coalesce(s.parent_id, s.id) where s.key = ?"),
  directory: db.prepare(
    `select st.sender_id as id, s.display, s.kind, s.organisation, st.public_cases, st.public_reports, st.reporters, st.violations, st.last_seen, st.sector, st.country
     from sender_stats st join senders s on s.id = st.sender_id order by st.public_reports desc, st.sender_id desc limit 21 offset ?`,
  ),
};

const json = (body: unknown) => JSON.stringify(body);

createServer((request, response) => {
  const url = new URL(request.url!, "http://localhost");
  let body: string | null = null;
  if (url.pathname.startsWith("/sender/")) {
    const page = (statements.page.get(url.pathname.slice(8)) as { id: string } | undefined)?.id;
    const stats = page ? statements.stats.get(page) : undefined;
    if (page && stats) {
      const conversations = (statements.conversations.all(page) as { id: string }[]).map((share) => ({
        share: share.id,
        messages: statements.messages.all(share.id),
      }));
      body = json({
        stats,
        identities: statements.group.all(page, page),
        reports: statements.reports.all(page),
        conversations,
        screenshots: statements.screenshots.all(page),
      });
    }
  } else if (url.pathname === "/search") {
    const parsed = parseSender(url.searchParams.get("q") ?? "", "ID");
    const found = parsed.ok ? statements.byKey.get(parsed.identity.key) : undefined;
    body = json(found ?? null);
  } else if (url.pathname === "/directory") {
    body = json(statements.directory.all(Number(url.searchParams.get("page") ?? 0) * 20));
  }
  response.writeHead(body === null ? 404 : 200, { "content-type": "application/json" });
  response.end(body ?? "null");
}).listen(Number(process.argv[3]), "127.0.0.1", () => console.log("baseline ready"));
