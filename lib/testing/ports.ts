import { createServer } from "node:net";
import { once } from "node:events";

/** A port nothing listens on now, for a server a test starts (it may be taken again before use: rare, and the start then fails loudly). */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, "close");
  return port;
}
