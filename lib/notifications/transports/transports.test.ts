import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { transportFromEnv } from "./from-env";
import { localTransport } from "./local";
import { smtpTransport } from "./smtp";
import type { OutboxDelivery } from "./types";
import { webhookTransport } from "./webhook";

const email: OutboxDelivery = {
  id: "msg_1",
  channel: "EMAIL",
  topic: "ORDER_CONFIRMED",
  orderId: "ord_1",
  recipient: "camille@example.test",
  subject: "Votre commande ORD-1 est confirmée",
  payload: { locale: "fr", text: "Bonjour Camille,\n\nMerci.", html: "<p>Bonjour Camille,</p>" },
  attempts: 0,
};

describe("smtpTransport", () => {
  it("builds a nodemailer message from the outbox message", async () => {
    const smtp = smtpTransport(nodemailer.createTransport({ jsonTransport: true }), { from: "Shop <shop@example.com>", messageIdDomain: "shop.example.com" });
    const receipt = await smtp.send(email);
    expect(receipt).toEqual({ transport: "smtp", reference: "<msg_1@shop.example.com>" });
  });

  it("writes the sender, recipient, subject, both bodies and an id-based Message-ID", async () => {
    const raw: string[] = [];
    const stream = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
    const wrapped = {
      sendMail: async (mail: nodemailer.SendMailOptions) => {
        const info = await stream.sendMail(mail);
        raw.push((info.message as Buffer).toString("utf8"));
        return info;
      },
    } as unknown as nodemailer.Transporter;
    await smtpTransport(wrapped, { from: "Shop <shop@example.com>", messageIdDomain: "shop.example.com" }).send(email);
    const message = raw[0];
    expect(message).toMatch(/^From: Shop <shop@example.com>$/m);
    expect(message).toMatch(/^To: camille@example.test$/m);
    expect(message).toMatch(/^Subject: =\?UTF-8\?Q\?Votre_commande_ORD-1_est_confirm=C3=A9e\?=$/m);
    expect(message).toMatch(/^Message-ID: <msg_1@shop.example.com>$/m);
    expect(message).toMatch(/^X-OMS-Topic: ORDER_CONFIRMED\r?$/im);
    expect(message).toContain("Content-Type: text/plain; charset=utf-8");
    expect(message).toContain("Content-Type: text/html; charset=utf-8");
    expect(message).toContain("Bonjour Camille,");
  });

  it("refuses a message with no text body (a failure the dispatcher records)", async () => {
    const smtp = smtpTransport(nodemailer.createTransport({ jsonTransport: true }));
    await expect(smtp.send({ ...email, payload: {} })).rejects.toThrow("no text body");
  });
});

describe("webhookTransport", () => {
  const hook: OutboxDelivery = { ...email, id: "msg_2", channel: "WEBHOOK", topic: "order.shipped", recipient: "https://channel.example.com/hook", subject: null, payload: { number: "ORD-1" } };

  it("POSTs JSON with an idempotency key; a 2xx is a delivery", async () => {
    const seen: Array<{ url: string; init: RequestInit }> = [];
    const fetch = (async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      return new Response("ok", { status: 202 });
    }) as unknown as typeof globalThis.fetch;
    expect(await webhookTransport({ fetch }).send(hook)).toEqual({ transport: "webhook", reference: "HTTP 202" });
    expect(seen[0].url).toBe("https://channel.example.com/hook");
    expect(seen[0].init.method).toBe("POST");
    expect((seen[0].init.headers as Record<string, string>)["idempotency-key"]).toBe("msg_2");
    expect(JSON.parse(seen[0].init.body as string)).toEqual({ id: "msg_2", topic: "order.shipped", orderId: "ord_1", data: { number: "ORD-1" } });
  });

  it("treats another status as a failure, with the status in the error", async () => {
    const fetch = (async () => new Response("down for maintenance", { status: 503 })) as unknown as typeof globalThis.fetch;
    await expect(webhookTransport({ fetch }).send(hook)).rejects.toThrow("Webhook answered HTTP 503: down for maintenance");
  });

  it("gives up on a receiver that does not answer in time", async () => {
    const fetch = ((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) => init.signal!.addEventListener("abort", () => reject(init.signal!.reason)))) as unknown as typeof globalThis.fetch;
    await expect(webhookTransport({ fetch, timeoutMs: 20 }).send(hook)).rejects.toThrow(/timeout|aborted/i);
  });
});

describe("transportFromEnv", () => {
  it("keeps e-mails in the local outbox when SMTP_URL is not set", async () => {
    expect(await transportFromEnv({}).send(email)).toEqual({ transport: "local" });
    expect(await localTransport().send(email)).toEqual({ transport: "local" });
  });

  it("uses SMTP when SMTP_URL is set", async () => {
    // Port 9 (discard) on localhost refuses the connection at once: proof it tried SMTP, no network.
    await expect(transportFromEnv({ SMTP_URL: "smtp://127.0.0.1:9" }).send(email)).rejects.toThrow(/ECONNREFUSED|connect/i);
  });
});
