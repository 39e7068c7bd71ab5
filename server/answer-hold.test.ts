import { afterEach, describe, expect, it } from "vitest";
import { createServer, type Server, type ServerResponse } from "node:http";
import { holdAnswersUntil, holdAnswerWhilePublishing } from "./answer-hold.mjs";

let server: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

/** A server whose handler writes its answer while `publish` (if any) is pending. */
async function serve(handler: (response: ServerResponse) => void): Promise<string> {
  server = createServer((_request, response) => {
    holdAnswerWhilePublishing(response);
    handler(response);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return `http://127.0.0.1:${port}/`;
}

describe("an answer written while a publish is pending", () => {
  it("leaves only once the publish settled, whole and in order", async () => {
    const events: string[] = [];
    let publish!: () => void;
    const url = await serve((response) => {
      holdAnswersUntil(new Promise<void>((resolve) => (publish = resolve)));
      response.writeHead(200, { "content-type": "text/plain" });
      response.write("first ");
      response.end("second");
      events.push("written");
      // The publish's reply comes later than the answer was written.
      setTimeout(() => {
        events.push("published");
        publish();
      }, 50);
    });
    const answer = await fetch(url).then((r) => r.text());
    events.push("answered");
    expect(answer).toBe("first second");
    expect(events).toEqual(["written", "published", "answered"]);
  });

  it("leaves even when the publish failed", async () => {
    const url = await serve((response) => {
      holdAnswersUntil(Promise.reject(new Error("Redis is down")));
      response.end("done");
    });
    expect(await fetch(url).then((r) => r.text())).toBe("done");
  });

  it("goes straight through when nothing is pending", async () => {
    const url = await serve((response) => {
      expect(response.write("a")).toBe(true);
      response.end("b");
    });
    expect(await fetch(url).then((r) => r.text())).toBe("ab");
  });
});
