// The transport used when no SMTP server is configured: it "delivers" by keeping the message in the
// local outbox (the dispatcher marks it sent), so a demo user can read on /admin/outbox what a
// customer would have received. Nothing leaves the machine.
import type { Transport } from "./types";

export function localTransport(): Transport {
  return {
    async send() {
      return { transport: "local" };
    },
  };
}
