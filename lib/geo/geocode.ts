// Offline geocoding of delivery addresses to the precision sourcing needs (tens of km): the
// postcode's area (French département, Belgian/Swiss/German postal region) gives a point near the
// customer. No network: the table below ships with the app. Unknown countries are refused.
import { fieldIssue, isDomainError, RuleViolation, type FieldIssues } from "@/lib/errors";

export interface GeoResult {
  lat: number;
  lng: number;
  precision: "postal-area" | "country";
}

type Point = [number, number];

// French départements by the first two digits of the postcode: the prefecture (or main city).
const FR: Record<string, Point> = {
  "01": [46.205, 5.226], "02": [49.564, 3.62], "03": [46.566, 3.333], "04": [44.092, 6.236], "05": [44.559, 6.079],
  "06": [43.71, 7.262], "07": [44.735, 4.599], "08": [49.773, 4.72], "09": [42.965, 1.607], "10": [48.297, 4.074],
  "11": [43.213, 2.349], "12": [44.35, 2.575], "13": [43.296, 5.37], "14": [49.183, -0.371], "15": [44.926, 2.44],
  "16": [45.648, 0.156], "17": [46.16, -1.151], "18": [47.081, 2.399], "19": [45.267, 1.771], "20": [41.919, 8.738],
  "21": [47.322, 5.041], "22": [48.514, -2.765], "23": [46.171, 1.871], "24": [45.184, 0.721], "25": [47.238, 6.024],
  "26": [44.933, 4.892], "27": [49.027, 1.151], "28": [48.446, 1.489], "29": [47.996, -4.102], "30": [43.837, 4.36],
  "31": [43.605, 1.444], "32": [43.646, 0.586], "33": [44.838, -0.579], "34": [43.611, 3.877], "35": [48.117, -1.678],
  "36": [46.811, 1.686], "37": [47.394, 0.685], "38": [45.188, 5.724], "39": [46.675, 5.555], "40": [43.89, -0.5],
  "41": [47.586, 1.335], "42": [45.44, 4.387], "43": [45.043, 3.885], "44": [47.218, -1.554], "45": [47.903, 1.909],
  "46": [44.448, 1.441], "47": [44.203, 0.616], "48": [44.518, 3.5], "49": [47.478, -0.563], "50": [49.116, -1.091],
  "51": [49.258, 4.032], "52": [48.111, 5.139], "53": [48.073, -0.77], "54": [48.692, 6.184], "55": [48.772, 5.16],
  "56": [47.658, -2.76], "57": [49.119, 6.176], "58": [46.99, 3.159], "59": [50.629, 3.057], "60": [49.43, 2.081],
  "61": [48.432, 0.091], "62": [50.291, 2.777], "63": [45.778, 3.087], "64": [43.295, -0.37], "65": [43.233, 0.078],
  "66": [42.699, 2.895], "67": [48.573, 7.752], "68": [47.75, 7.336], "69": [45.764, 4.836], "70": [47.622, 6.155],
  "71": [46.307, 4.829], "72": [48.006, 0.199], "73": [45.564, 5.918], "74": [45.899, 6.129], "75": [48.857, 2.352],
  "76": [49.443, 1.099], "77": [48.54, 2.66], "78": [48.801, 2.13], "79": [46.323, -0.459], "80": [49.894, 2.296],
  "81": [43.929, 2.148], "82": [44.018, 1.355], "83": [43.124, 5.928], "84": [43.949, 4.806], "85": [46.67, -1.426],
  "86": [46.58, 0.34], "87": [45.834, 1.261], "88": [48.173, 6.451], "89": [47.798, 3.567], "90": [47.64, 6.863],
  "91": [48.629, 2.441], "92": [48.892, 2.207], "93": [48.908, 2.439], "94": [48.79, 2.455], "95": [49.036, 2.076],
  "98": [43.738, 7.424],
};

// Regions keyed by the first digits of a 4- or 5-digit postcode; the longest matching prefix wins.
const REGIONS: Record<string, Record<string, Point>> = {
  BE: {
    "1": [50.85, 4.352], "13": [50.717, 4.601], "14": [50.717, 4.601], "2": [51.219, 4.402], "30": [50.879, 4.7], "31": [50.879, 4.7],
    "32": [50.879, 4.7], "33": [50.879, 4.7], "34": [50.879, 4.7], "35": [50.93, 5.338], "36": [50.93, 5.338], "37": [50.93, 5.338],
    "38": [50.93, 5.338], "39": [50.93, 5.338], "4": [50.633, 5.567], "5": [50.467, 4.867], "6": [50.411, 4.444], "66": [49.683, 5.817],
    "67": [49.683, 5.817], "68": [49.683, 5.817], "69": [49.683, 5.817], "7": [50.454, 3.952], "8": [51.209, 3.224], "9": [51.054, 3.717],
  },
  CH: {
    "1": [46.52, 6.633], "12": [46.204, 6.143], "17": [46.806, 7.162], "19": [46.233, 7.36], "2": [46.99, 6.931], "3": [46.948, 7.447],
    "4": [47.56, 7.589], "5": [47.39, 8.045], "6": [47.05, 8.309], "69": [46.004, 8.951], "7": [46.85, 9.532], "8": [47.377, 8.541], "9": [47.424, 9.377],
  },
  DE: {
    "0": [51.05, 13.74], "1": [52.52, 13.405], "2": [53.551, 9.994], "3": [52.376, 9.732], "4": [51.227, 6.773],
    "5": [50.938, 6.96], "6": [50.11, 8.682], "7": [48.776, 9.183], "8": [48.137, 11.575], "9": [49.452, 11.077],
  },
  IT: { "0": [41.903, 12.496], "1": [45.07, 7.687], "16": [44.405, 8.946], "2": [45.464, 9.19], "3": [45.438, 12.327], "4": [44.494, 11.343], "5": [43.769, 11.256], "8": [40.852, 14.268], "9": [38.116, 13.361] },
  ES: { "0": [40.417, -3.704], "08": [41.385, 2.173], "2": [40.417, -3.704], "28": [40.417, -3.704], "4": [37.389, -5.984], "46": [39.47, -0.376] },
  NL: { "1": [52.37, 4.895], "2": [52.07, 4.3], "3": [51.924, 4.478], "5": [51.441, 5.47], "6": [51.985, 5.899], "9": [53.219, 6.566] },
};

const COUNTRY: Record<string, Point> = {
  FR: [46.6, 2.4], MC: [43.738, 7.424], BE: [50.85, 4.352], CH: [46.948, 7.447], LU: [49.611, 6.13],
  DE: [51.0, 10.0], IT: [42.5, 12.5], ES: [40.417, -3.704], NL: [52.37, 4.895],
};

export const SERVED_COUNTRIES = Object.keys(COUNTRY);

function longestPrefix(table: Record<string, Point>, code: string): Point | undefined {
  for (let n = Math.min(code.length, 3); n >= 1; n--) {
    const hit = table[code.slice(0, n)];
    if (hit) return hit;
  }
  return undefined;
}

/** A point for a delivery address; throws RuleViolation ADDRESS_NOT_SERVED outside the served countries. */
export function geocodeAddress(address: { postalCode: string; country: string }): GeoResult {
  const country = address.country.trim().toUpperCase();
  const code = address.postalCode.replace(/\s+/g, "").toUpperCase();
  if (!COUNTRY[country]) {
    throw new RuleViolation("ADDRESS_NOT_SERVED", { country: country || "?" }, { "shippingAddress.country": fieldIssue("COUNTRY_NOT_SERVED") });
  }
  let point: Point | undefined;
  if (country === "FR" || country === "MC") point = FR[code.slice(0, 2)];
  else if (REGIONS[country]) point = longestPrefix(REGIONS[country], code);
  if (point) return { lat: point[0], lng: point[1], precision: "postal-area" };
  const [lat, lng] = COUNTRY[country];
  return { lat, lng, precision: "country" };
}

/**
 * The point of an order's shipping address, if it has one, with the address's refusal as field
 * issues (by the address's path) instead of a throw: capture and its quotes list every problem at once.
 */
export function geocodeShippingAddress(address: { postalCode: string; country: string } | undefined): { point: GeoResult | null; issues: FieldIssues } {
  if (!address) return { point: null, issues: {} };
  try {
    return { point: geocodeAddress(address), issues: {} };
  } catch (e) {
    if (isDomainError(e) && e.fields) return { point: null, issues: e.fields };
    throw e;
  }
}
