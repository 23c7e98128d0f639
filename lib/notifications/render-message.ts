// Turns template data into what a customer receives: a subject, a plain-text body and a simple HTML
// body built from the same blocks, so the two never say different things.
import { TEMPLATES, type TemplateData } from "./templates";
import type { CustomerTopic, MessageLocale } from "./topics";

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
}

// The total only helps where the customer is told what they will pay.
const SHOWS_TOTAL: ReadonlySet<CustomerTopic> = new Set(["ORDER_CONFIRMED", "ORDER_CHANGED"]);

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

export function renderMessage(topic: CustomerTopic, locale: MessageLocale, data: TemplateData): RenderedMessage {
  const t = TEMPLATES[locale];
  const tpl = t.topics[topic];
  const subject = tpl.subject(data);
  const body = tpl.body(data);
  const lines = data.lines.map((l) => t.line(l));
  const facts = [
    ...(data.promisedDate && topic !== "ORDER_CANCELLED" && topic !== "REFUNDED" ? [t.promised(data.promisedDate)] : []),
    ...(SHOWS_TOTAL.has(topic) ? [t.total(data.total)] : []),
  ];

  const text = [
    t.greeting(data.firstName),
    "",
    ...body.flatMap((p) => [p, ""]),
    ...(lines.length ? [t.linesHeading(topic), ...lines.map((l) => `- ${l}`), ""] : []),
    ...(facts.length ? [...facts, ""] : []),
    t.trackIntro,
    data.trackingUrl,
    "",
    t.signOff,
    "",
    "--",
    t.footer,
  ].join("\n");

  const p = (s: string) => `<p style="margin:0 0 12px">${escapeHtml(s)}</p>`;
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#0f172a;max-width:600px;margin:0 auto;padding:16px">`,
    p(t.greeting(data.firstName)),
    ...body.map(p),
    ...(lines.length
      ? [`<p style="margin:0 0 4px;font-weight:bold">${escapeHtml(t.linesHeading(topic))}</p>`, `<ul style="margin:0 0 12px;padding-left:20px">`, ...lines.map((l) => `<li>${escapeHtml(l)}</li>`), `</ul>`]
      : []),
    ...facts.map(p),
    p(t.trackIntro),
    `<p style="margin:0 0 16px"><a href="${escapeHtml(data.trackingUrl)}" style="color:#1d4ed8">${escapeHtml(t.trackLinkLabel)}</a></p>`,
    p(t.signOff),
    `<p style="margin:24px 0 0;font-size:12px;color:#475569">${escapeHtml(t.footer)}</p>`,
    `</body></html>`,
  ].join("\n");

  return { subject, text, html };
}
