// Row ids made in the app for rows the hot path writes in bulk: the same shape as Prisma's cuid()
// (a lowercase "c", then letters and digits, 25 characters), unique across processes.
import { randomBytes } from "node:crypto";

let counter = 0;
let pool = Buffer.alloc(0);
let offset = 0;

function random(n: number): Buffer {
  if (offset + n > pool.length) {
    pool = randomBytes(4096);
    offset = 0;
  }
  const out = pool.subarray(offset, offset + n);
  offset += n;
  return out;
}

export function newId(): string {
  counter = (counter + 1) % 1_679_616; // 36^4
  const time = Date.now().toString(36).padStart(9, "0").slice(-9);
  const count = counter.toString(36).padStart(4, "0");
  const rand = BigInt(`0x${random(8).toString("hex")}`).toString(36).padStart(13, "0").slice(0, 11);
  return `c${time}${count}${rand}`;
}
