// Picks the transport for each message's channel from the environment: SMTP when SMTP_URL is set,
// else the local outbox for e-mail; webhooks always go over HTTP.
import type { OutboxChannel } from "@/generated/prisma/enums";
import { localTransport } from "./local";
import { smtpTransport } from "./smtp";
import type { Transport } from "./types";
import { webhookTransport } from "./webhook";

export function transportFromEnv(env: Record<string, string | undefined> = process.env): Transport {
  const byChannel: Record<OutboxChannel, Transport> = {
    EMAIL: env.SMTP_URL ? smtpTransport(env.SMTP_URL, { from: env.MAIL_FROM }) : localTransport(),
    WEBHOOK: webhookTransport(),
  };
  return { send: (message) => byChannel[message.channel].send(message) };
}
