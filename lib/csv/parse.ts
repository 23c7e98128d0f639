// Reading CSV (RFC 4180) a chunk at a time, so a browser can parse a 100k-row file as it reads it
// without holding a second copy: quoted fields with commas, doubled quotes and line breaks, CRLF or
// LF line ends, and a byte-order mark at the start.

export interface CsvRecord {
  /** 1-based line number of the record's first line in the file (the header is line 1). */
  line: number;
  fields: string[];
}

/**
 * An incremental parser: push() text as it arrives and get the records completed so far; end()
 * returns the last record when the file does not end with a line break. Blank lines are skipped.
 */
export class CsvParser {
  private field = "";
  private fields: string[] = [];
  private quoted = false;
  /** The previous character closed a quoted section: a quote now is an escaped quote. */
  private afterQuote = false;
  private line = 1;
  private recordLine = 1;
  private started = false;
  private pendingCr = false;

  push(text: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    let i = 0;
    if (!this.started) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) i = 1;
    }
    for (; i < text.length; i++) {
      const c = text[i];
      if (this.pendingCr) {
        this.pendingCr = false;
        if (c === "\n") continue;
      }
      if (this.quoted) {
        if (c === '"') {
          this.quoted = false;
          this.afterQuote = true;
        } else {
          if (c === "\n") this.line++;
          this.field += c;
        }
        continue;
      }
      if (c === '"') {
        if (this.afterQuote) this.field += '"';
        this.quoted = true;
        this.afterQuote = false;
        continue;
      }
      this.afterQuote = false;
      if (c === ",") {
        this.fields.push(this.field);
        this.field = "";
      } else if (c === "\n" || c === "\r") {
        if (c === "\r") this.pendingCr = true;
        this.finishRecord(out);
        this.line++;
        this.recordLine = this.line;
      } else {
        this.field += c;
      }
    }
    return out;
  }

  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    this.finishRecord(out);
    return out;
  }

  private finishRecord(out: CsvRecord[]) {
    this.fields.push(this.field);
    const blank = this.fields.length === 1 && this.fields[0].trim() === "";
    if (!blank) out.push({ line: this.recordLine, fields: this.fields });
    this.fields = [];
    this.field = "";
    this.afterQuote = false;
  }
}

/** Parses a whole text at once (tests, small files). */
export function parseCsv(text: string): CsvRecord[] {
  const parser = new CsvParser();
  return [...parser.push(text), ...parser.end()];
}
