// E-mail through an SMTP server with nodemailer. SMTP_URL is like smtp://user:pass@host:587 (smtps://
// for implicit TLS); MAIL_FROM is the sender. The outbox id becomes the Message-ID, so a message
// retried after a lost acknowledgement can be recognised as a duplicate downstream.
import nodemailer, { type Transporter } from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport";
import { emailPayload, type Transport } from "./types";

export const DEFAULT_MAIL_FROM = "OMS <no-reply@oms.local>";

export interface SmtpTransportOptions {
  from?: string;
  /** Host used in Message-IDs. */
  messageIdDomain?: string;
}

/** `target` is an SMTP URL, or a ready nodemailer transporter (tests pass a jsonTransport one). */
export function smtpTransport(target: string | Transporter, options: SmtpTransportOptions = {}): Transport {
  const transporter: Transporter =
    typeof target === "string"
      ? // Timeouts keep a stuck server from holding a claimed message past its lease.
        nodemailer.createTransport(new SMTPTransport({ url: target, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 }))
      : target;
  const from = options.from ?? process.env.MAIL_FROM ?? DEFAULT_MAIL_FROM;
  const domain = options.messageIdDomain ?? "oms.local";
  return {
    async send(message) {
      const body = emailPayload(message.payload);
      const info = await transporter.sendMail({
        from,
        to: message.recipient,
        subject: message.subject ?? "",
        text: body.text,
        ...(body.html ? { html: body.html } : {}),
        messageId: `<${message.id}@${domain}>`,
        headers: { "X-OMS-Topic": message.topic },
      });
      return { transport: "smtp", reference: typeof info?.messageId === "string" ? info.messageId : undefined };
    },
  };
}
