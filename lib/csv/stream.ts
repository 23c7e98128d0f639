// A streamed CSV download for route handlers: the header, then each batch of rows as the database
// yields it, so an export of every row never builds the whole file in memory and the first bytes
// leave at once. Pair it with a query that pages with a cursor (an async generator of batches).
import { csvLine, type CsvValue } from "./format";

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvValue;
}

export interface CsvStreamOptions<T> {
  /** The download's file name, e.g. "inventory-2026-12-02.csv". */
  filename: string;
  columns: readonly CsvColumn<T>[];
  /** Batches of rows, in order; the generator runs as the client reads. */
  batches: AsyncIterable<readonly T[]>;
  /** Called when a batch fails after the headers left: the body is cut short (the client sees a failed download). */
  onError?: (error: unknown) => void;
}

/**
 * A 200 response streaming `text/csv` in UTF-8 with a byte-order mark (so spreadsheets read accents
 * right), one line per row. It pulls a batch only when the client has read the previous one.
 */
export function csvResponse<T>({ filename, columns, batches, onError }: CsvStreamOptions<T>): Response {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let headerSent = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode("\uFEFF" + csvLine(columns.map((c) => c.header))));
        return;
      }
      try {
        // A pull that enqueues nothing is not called again: skip empty batches here.
        for (;;) {
          const { done, value } = await iterator.next();
          if (done) {
            controller.close();
            return;
          }
          let chunk = "";
          for (const row of value) chunk += csvLine(columns.map((c) => c.value(row)));
          if (chunk) {
            controller.enqueue(encoder.encode(chunk));
            return;
          }
        }
      } catch (e) {
        onError?.(e);
        controller.error(e);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  const safeName = filename.replace(/[^A-Za-z0-9._-]/g, "_");
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${safeName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
