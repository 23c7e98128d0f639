// Helpers for the fault tests: a TCP proxy in front of the PostgreSQL server that a test takes down
// and brings back (a database outage or restart, without touching the machine's server), a
// webhook receiver that dedupes by consumer key, and child processes run with tsx.
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import net from "node:net";
import path from "node:path";

export interface TcpProxy {
  port: number;
  /** The database URL `url`, reached through the proxy. */
  through(url: string): string;
  /** The outage: refuses new connections and cuts every open one. */
  down(): Promise<void>;
  /** The database is back on the same port. */
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host);
        sockets.add(client).add(upstream);
        const cut = () => {
          client.destroy();
          upstream.destroy();
          sockets.delete(client);
          sockets.delete(upstream);
        };
        client.on("error", cut).on("close", cut);
        upstream.on("error", cut).on("close", cut);
        client.pipe(upstream).pipe(client);
      });
      s.once("error", reject);
      s.listen(port, "127.0.0.1", () => {
        port = (s.address() as net.AddressInfo).port;
        server = s;
        resolve();
      });
    });
  const down = async () => {
    const s = server;
    server = null;
    for (const socket of sockets) socket.destroy();
    sockets.clear();
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };
  await listen();
  return {
    get port() {
      return port;
    },
    through(url: string) {
      const u = new URL(url);
      u.hostname = "127.0.0.1";
      u.port = String(port);
      return u.toString();
    },
    down,
    up: () => (server ? Promise.resolve() : listen()),
    close: down,
  };
}

export interface Receiver {
  url: string;
  /** Requests received per consumer key (Idempotency-Key), duplicates included. */
  deliveries: Map<string, number>;
  /** Effects applied per consumer key: a duplicate is acknowledged but not applied again. */
  effects: Map<string, number>;
  /** Which dispatcher sent each request (x-dispatcher header), in order of arrival. */
  senders: string[];
  close(): Promise<void>;
}

/**
 * A webhook receiver as a careful channel system writes one: it applies each message once by its
 * Idempotency-Key and answers 200 to a duplicate. `onRequest` may hold a request (never answer it),
 * to stand for a response lost when its sender dies.
 */
export async function startReceiver(options: { delayMs?: number; onRequest?: (key: string, sender: string) => "answer" | "hold" } = {}): Promise<Receiver> {
  const deliveries = new Map<string, number>();
  const effects = new Map<string, number>();
  const senders: string[] = [];
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const key = String(req.headers["idempotency-key"] ?? "");
      const sender = String(req.headers["x-dispatcher"] ?? "?");
      senders.push(sender);
      deliveries.set(key, (deliveries.get(key) ?? 0) + 1);
      // The effect (say, an order recorded by the channel) is applied once per key; a duplicate
      // is acknowledged without applying it again. A receiver without this check would count 2.
      if (!effects.has(key)) effects.set(key, 1);
      if (options.onRequest?.(key, sender) === "hold") return;
      setTimeout(() => res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}'), options.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    deliveries,
    effects,
    senders,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const ROOT = path.resolve(import.meta.dirname, "../..");

export interface Child {
  process: ChildProcess;
  /** Lines the child printed on stdout so far. */
  lines: string[];
  /** Resolves with the first line matching `re` (rejects after `timeoutMs`, or when the child exits first). */
  waitFor(re: RegExp, timeoutMs?: number): Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr(): string;
}

/** Runs `script` (relative to the project) with tsx in its own process. */
export function runTsx(script: string, env: Record<string, string>): Child {
  // tsx as a loader in this very process (not the tsx CLI, which runs the script in a child of its
  // own): a signal sent to `process` reaches the script itself.
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, script)], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: "silent", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const waiters: Array<{ re: RegExp; resolve: (line: string) => void }> = [];
  let buffer = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    let nl: number;
    while ((nl = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      lines.push(line);
      for (const w of waiters.splice(0)) {
        if (w.re.test(line)) w.resolve(line);
        else waiters.push(w);
      }
    }
  });
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  return {
    process: child,
    lines,
    exited,
    stderr: () => stderr,
    waitFor(re, timeoutMs = 30_000) {
      const found = lines.find((l) => re.test(l));
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${script} printed no line matching ${re} in ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs);
        waiters.push({
          re,
          resolve: (line) => {
            clearTimeout(timer);
            resolve(line);
          },
        });
        void exited.then(({ code, signal }) => {
          clearTimeout(timer);
          reject(new Error(`${script} exited (${code ?? signal}) before printing ${re}; stderr: ${stderr}`));
        });
      });
    },
  };
}
