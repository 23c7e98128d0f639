// Solves the network pricing LP with HiGHS (loaded once, asynchronously: it is WebAssembly) and
// reads each stock row's dual as the position's shadow price: what one more unit there would save
// the network over the horizon. Prices are capped below the unfilled penalty (see types.ts).
import { buildNetworkLp } from "./build-lp";
import type { NetworkLpInput, NetworkLpResult, ShadowPrice } from "./types";

export const DEFAULT_MAX_PRICE_SHARE = 0.5;

interface HighsRow {
  Primal: number;
  Dual: number;
}
interface HighsLike {
  solve(problem: string, options?: Record<string, unknown>): { Status: string; ObjectiveValue: number; Rows: HighsRow[] };
}

let highsPromise: Promise<HighsLike> | undefined;

function loadHighs(): Promise<HighsLike> {
  highsPromise ??= import("highs")
    .then((m) => (m.default as unknown as () => Promise<HighsLike>)())
    .catch((e: unknown) => {
      highsPromise = undefined;
      throw e;
    });
  return highsPromise;
}

/** Builds and solves the LP; positions priced above one cent come back, highest first. */
export async function computeShadowPrices(input: NetworkLpInput): Promise<NetworkLpResult> {
  const started = performance.now();
  const model = buildNetworkLp(input);
  const base = { skus: model.skus, regions: model.regions, variables: model.variables, constraints: model.stockRows.length + model.demandRows.length };
  if (!model.text) return { prices: [], stats: { ...base, priced: 0, objective: 0, unmetUnits: 0, ms: performance.now() - started, status: "EMPTY" } };
  const highs = await loadHighs();
  // Presolve costs more than it saves on these transportation LPs (3 s against 10 s measured on one
  // of the benchmark's 28,000-variable models, same optimum).
  const result = highs.solve(model.text, { output_flag: false, solver: "simplex", presolve: "off" });
  if (result.Status !== "Optimal") throw new Error(`Network pricing LP not solved: ${result.Status}`);
  const cap = (input.maxPriceShare ?? DEFAULT_MAX_PRICE_SHARE) * input.costs.unfilledPerUnit;
  // A binding "<=" row of a minimisation has a dual <= 0: minus it is the value of one more unit.
  const raw = model.stockRows.map((_, i) => Math.max(0, -result.Rows[i].Dual));
  // The part every position of a SKU shares only says the SKU is short everywhere: added to every
  // source alike it moves no unit between nodes, it would only make an order leave units unfilled
  // for demand that may never come. By default only the part above the SKU's cheapest position is kept.
  const floor = new Map<string, number>();
  if (input.relative !== false) model.stockRows.forEach((row, i) => floor.set(row.sku, Math.min(floor.get(row.sku) ?? Infinity, raw[i])));
  const prices: ShadowPrice[] = [];
  model.stockRows.forEach((row, i) => {
    const value = Math.min(cap, raw[i] - (floor.get(row.sku) ?? 0));
    const eur = Math.round(value * 100) / 100;
    if (eur >= 0.01) prices.push([row.node, row.sku, eur]);
  });
  prices.sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1));
  const unmet = unmetFromSolution(model, result);
  return { prices, stats: { ...base, priced: prices.length, objective: result.ObjectiveValue, unmetUnits: unmet, ms: performance.now() - started, status: result.Status } };
}

/** Expected units left unmet: demand minus what the stock rows ship (their activity). */
function unmetFromSolution(model: ReturnType<typeof buildNetworkLp>, result: { Rows: HighsRow[] }): number {
  const demand = model.demandRows.reduce((s, d) => s + d.units, 0);
  let shipped = 0;
  for (let i = 0; i < model.stockRows.length; i++) shipped += result.Rows[i].Primal;
  return Math.max(0, demand - shipped);
}
