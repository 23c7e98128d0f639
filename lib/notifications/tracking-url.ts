// The public tracking page link put in customer messages.

export function trackingUrl(orderNumber: string, baseUrl: string | undefined = process.env.APP_URL): string {
  const base = (baseUrl || "http://localhost:3000").replace(/\/+$/, "");
  return `${base}/track?number=${encodeURIComponent(orderNumber)}`;
}
