// Webhook calls to channel systems: POST JSON with a timeout; any 2xx is a success, anything else
// (or no answer in time) a failure the dispatcher retries. The outbox id goes in Idempotency-Key so
// the receiver can drop a duplicate after a retry.
import type { Transport } from "./types";

export interface WebhookTransportOptions {
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export function webhookTransport(options: WebhookTransportOptions = {}): Transport {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const doFetch = options.fetch ?? fetch;
  return {
    async send(message) {
      const res = await doFetch(message.recipient, {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": message.id, "x-oms-topic": message.topic },
        body: JSON.stringify({ id: message.id, topic: message.topic, orderId: message.orderId, data: message.payload }),
        signal: AbortSignal.timeout(timeoutMs),
        redirect: "error",
      });
      if (!res.ok) {
        const detail = (await res.text().catch(() => "")).slice(0, 200);
        throw new Error(`Webhook answered HTTP ${res.status}${detail ? `: ${detail}` : ""}`);
      }
      return { transport: "webhook", reference: `HTTP ${res.status}` };
    },
  };
}
