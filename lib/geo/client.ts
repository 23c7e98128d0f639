// What browser code may load from the geo context: the countries the network serves and the
// offline geocoder (a table shipped with the app, no network, no database).
export { SERVED_COUNTRIES, geocodeAddress, geocodeShippingAddress } from "./geocode";
export type { GeoResult } from "./geocode";
