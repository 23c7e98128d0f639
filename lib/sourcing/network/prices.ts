// Stored prices ([node, SKU, EUR]) to the engine's CostModel.shadowPrices shape, for the nodes and
// SKUs of one instance, scaled by the rule's weight.
import type { ShadowPrice } from "./types";

export function shadowPriceMap(prices: Iterable<ShadowPrice>, options: { nodes: Iterable<string>; skus: Iterable<string>; weight: number }): Record<string, Record<string, number>> | undefined {
  if (!(options.weight > 0)) return undefined;
  const nodes = new Set(options.nodes);
  const skus = new Set(options.skus);
  const out: Record<string, Record<string, number>> = {};
  let any = false;
  for (const [node, sku, eur] of prices) {
    if (!(eur > 0) || !nodes.has(node) || !skus.has(sku)) continue;
    (out[node] ??= {})[sku] = eur * options.weight;
    any = true;
  }
  return any ? out : undefined;
}
