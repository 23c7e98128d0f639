// One Prometheus scrape: the database-backed readings (pool saturation, outbox backlog) are read
// now, then every metric is rendered. A database that does not answer reads as oms_database_up 0.
import { getDb, poolStats } from "@/lib/db";
import { renderMetrics, type DatabaseReadings } from "@/lib/metrics";
import { getOutboxBacklog } from "@/lib/notifications";

export async function scrapeMetrics(): Promise<{ body: string; contentType: string }> {
  const readings: DatabaseReadings = { pools: [], outbox: null };
  try {
    const db = await getDb();
    readings.pools = poolStats(db);
    readings.outbox = await getOutboxBacklog(db);
  } catch {
    // Reported as oms_database_up 0; the other metrics still go out.
  }
  return renderMetrics(readings);
}
