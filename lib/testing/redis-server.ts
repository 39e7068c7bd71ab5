import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { serviceBinary } from "./services";

/**
 * A real redis-server (Debian's) on a free port, without persistence, in a fresh temporary
 * folder. Port 0 is refused by redis-server, so the port comes from a range: the next free one
 * (a port taken by another server fails the start, which tries the next). `close` stops the
 * server and removes the folder; `restart` stops and starts it again on the same port (its
 * clients lose their connections and reconnect).
 */
export async function startRedisServer({ ports = [6390, 6399] }: { ports?: [number, number] } = {}) {
  const binary = serviceBinary("redis-server");
  if (!binary) throw new Error("redis-server is not installed (Debian package redis-server)");
  const directory = mkdtempSync(path.join(tmpdir(), "spamtrail-redis-"));

  async function launch(port: number) {
    const child = spawn(
      binary!,
      ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", directory, "--loglevel", "notice"],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    const exited = once(child, "exit");
    const lines = createInterface({ input: child.stdout! });
    const ready = new Promise<boolean>((resolve) => {
      lines.on("line", (line) => {
        if (/Ready to accept connections/.test(line)) resolve(true);
      });
      void exited.then(() => resolve(false));
    });
    const ok = await ready;
    lines.close();
    child.stdout!.resume();
    return ok ? { child, exited } : null;
  }

  let server: Awaited<ReturnType<typeof launch>> = null;
  let port = ports[0];
  for (; port <= ports[1] && !server; port++) server = await launch(port);
  port--;
  if (!server) throw new Error(`redis-server could not start on any port of ${ports[0]}–${ports[1]}`);
  const stop = async () => {
    if (server && server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill("SIGKILL");
      await server.exited;
    }
  };
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    directory,
    restart: async () => {
      await stop();
      server = await launch(port);
      if (!server) throw new Error(`redis-server could not start again on ${port}`);
    },
    close: async () => {
      await stop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
