"use server";
// The buyer's tracking lookup, posted from the form: the e-mail travels in the request body, never
// in a URL. Public (no session): lookUpTracking validates the input, limits attempts per client
// address and answers found and not found in the same time.
import { headers } from "next/headers";
import { getDb } from "@/lib/db";
import { lookUpTracking } from "@/lib/orders";
import { clientAddress } from "@/lib/security";
import type { TrackLookupState } from "@/components/track/track-lookup";

const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value.slice(0, 1000) : "");

export async function trackOrderAction(_previous: TrackLookupState, form: FormData): Promise<TrackLookupState> {
  // A crafted call may post anything: what is not a form reads as empty fields (refused as invalid).
  const field = (name: string) => (form instanceof FormData ? text(form.get(name)) : "");
  const values = { number: field("number"), email: field("email") };
  const result = await lookUpTracking(await getDb(), values, { clientAddress: clientAddress(await headers()) });
  // What was typed comes back to fill the form again, unless the order was found.
  return { values: result.status === "found" ? { number: "", email: "" } : values, result };
}
