// Catalogue typing: every language has exactly the keys of the English catalogue.

/** Same shape as T with every string widened, so a translation may say anything. */
export type Catalogue<T> = { readonly [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };

type Join<K extends string, P extends string> = `${K}.${P}`;

/** "common.nav.orders" style paths to every string of a catalogue. */
export type MessageKey<T> = {
  [K in keyof T & string]: T[K] extends string ? K : Join<K, MessageKey<T[K]>>;
}[keyof T & string];

export type Params = Record<string, string | number>;
