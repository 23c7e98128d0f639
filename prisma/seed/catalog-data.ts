// The demo catalogue's building blocks: ten categories, product templates with realistic EUR
// price ranges and weights, and the variant axes (colour, size, capacity...) that make SKUs.

export interface Axis {
  name: string;
  /** [value, short code for the SKU code, price multiplier, popularity factor, extra grams] */
  values: [string, string, number?, number?, number?][];
  /** Keep a contiguous window of values (sizes) rather than any subset (colours). */
  ordered?: boolean;
}

export interface ProductTemplate {
  name: string;
  price: [number, number];
  grams: [number, number];
  axes: Axis[];
}

export interface CategorySeed {
  code: string;
  name: string;
  weight: number;
  brands: string[];
  templates: ProductTemplate[];
}

const c = (value: string, code: string): [string, string] => [value, code];

const COLOURS = {
  apparel: [c("Black", "BLK"), c("White", "WHT"), c("Navy", "NAV"), c("Ecru", "ECR"), c("Camel", "CML"), c("Khaki", "KHK"), c("Burgundy", "BRG"), c("Sky blue", "SKY"), c("Sage", "SAG"), c("Terracotta", "TER"), c("Heather grey", "GRY")],
  bright: [c("Black", "BLK"), c("White", "WHT"), c("Red", "RED"), c("Royal blue", "ROY"), c("Lime", "LIM"), c("Coral", "COR"), c("Graphite", "GRA"), c("Teal", "TEA")],
  home: [c("Linen", "LIN"), c("White", "WHT"), c("Charcoal", "CHA"), c("Sage", "SAG"), c("Terracotta", "TER"), c("Ochre", "OCH"), c("Ink blue", "INK"), c("Blush", "BLU")],
  tech: [c("Black", "BLK"), c("White", "WHT"), c("Midnight blue", "MID"), c("Silver", "SIL"), c("Sand", "SND"), c("Forest green", "FOR")],
  leather: [c("Black", "BLK"), c("Cognac", "COG"), c("Chocolate", "CHO"), c("Tan", "TAN"), c("Navy", "NAV"), c("Burgundy", "BRG")],
  outdoor: [c("Black", "BLK"), c("Olive", "OLV"), c("Orange", "ORA"), c("Slate blue", "SLT"), c("Sand", "SND"), c("Forest green", "FOR")],
};

const colours = (set: keyof typeof COLOURS): Axis => ({ name: "colour", values: COLOURS[set] });

const SIZES_ADULT: Axis = {
  name: "size",
  ordered: true,
  values: [["XS", "XS", 1, 0.5], ["S", "S", 1, 1], ["M", "M", 1, 1.5], ["L", "L", 1, 1.4], ["XL", "XL", 1, 0.9], ["XXL", "XXL", 1, 0.5]],
};
const SIZES_KIDS: Axis = {
  name: "size",
  ordered: true,
  values: [["4 years", "4Y"], ["6 years", "6Y"], ["8 years", "8Y"], ["10 years", "10Y"], ["12 years", "12Y"], ["14 years", "14Y"]],
};
const SIZES_SHOES: Axis = {
  name: "size",
  ordered: true,
  values: ["36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46"].map((s, i) => [s, s, 1, i >= 2 && i <= 8 ? 1.3 : 0.7] as [string, string, number, number]),
};
const axis = (name: string, values: [string, string, number?, number?, number?][], ordered = true): Axis => ({ name, values, ordered });

export const CATEGORIES: CategorySeed[] = [
  {
    code: "WOM",
    name: "Women's clothing",
    weight: 16,
    brands: ["Maison Lumière", "Côte & Cie", "Atelier Nord"],
    templates: [
      { name: "linen shirt", price: [35, 55], grams: [180, 260], axes: [colours("apparel"), SIZES_ADULT] },
      { name: "wrap dress", price: [49, 89], grams: [250, 400], axes: [colours("apparel"), SIZES_ADULT] },
      { name: "straight-leg jeans", price: [59, 89], grams: [550, 700], axes: [colours("apparel"), SIZES_ADULT] },
      { name: "merino jumper", price: [69, 99], grams: [300, 420], axes: [colours("apparel"), SIZES_ADULT] },
      { name: "trench coat", price: [149, 229], grams: [900, 1300], axes: [colours("apparel"), SIZES_ADULT] },
      { name: "pleated midi skirt", price: [45, 69], grams: [250, 350], axes: [colours("apparel"), SIZES_ADULT] },
      { name: "organic cotton T-shirt", price: [15, 25], grams: [140, 200], axes: [colours("apparel"), SIZES_ADULT] },
      { name: "wool cardigan", price: [59, 89], grams: [350, 480], axes: [colours("apparel"), SIZES_ADULT] },
      { name: "silk blouse", price: [79, 119], grams: [150, 220], axes: [colours("apparel"), SIZES_ADULT] },
      { name: "puffer jacket", price: [119, 179], grams: [700, 950], axes: [colours("apparel"), SIZES_ADULT] },
    ],
  },
  {
    code: "MEN",
    name: "Men's clothing",
    weight: 14,
    brands: ["Atelier Nord", "Maison Lumière", "Côte & Cie"],
    templates: [
      { name: "Oxford shirt", price: [39, 65], grams: [220, 300], axes: [colours("apparel"), SIZES_ADULT] },
      { name: "chino trousers", price: [49, 79], grams: [450, 600], axes: [colours("apparel"), SIZES_ADULT] },
      { name: "merino crew-neck", price: [69, 99], grams: [320, 450], axes: [colours("apparel"), SIZES_ADULT] },
      { name: "selvedge jeans", price: [79, 119], grams: [650, 800], axes: [colours("apparel"), SIZES_ADULT] },
      { name: "quilted jacket", price: [99, 159], grams: [700, 900], axes: [colours("apparel"), SIZES_ADULT] },
      { name: "piqué polo shirt", price: [29, 49], grams: [200, 260], axes: [colours("apparel"), SIZES_ADULT] },
      { name: "wool overcoat", price: [179, 259], grams: [1300, 1700], axes: [colours("apparel"), SIZES_ADULT] },
      { name: "hooded sweatshirt", price: [45, 69], grams: [500, 650], axes: [colours("apparel"), SIZES_ADULT] },
      { name: "linen trousers", price: [49, 75], grams: [300, 420], axes: [colours("apparel"), SIZES_ADULT] },
    ],
  },
  {
    code: "KID",
    name: "Kids",
    weight: 9,
    brands: ["Petit Pas"],
    templates: [
      { name: "striped T-shirt", price: [9, 15], grams: [90, 140], axes: [colours("bright"), SIZES_KIDS] },
      { name: "denim dungarees", price: [29, 39], grams: [300, 420], axes: [colours("apparel"), SIZES_KIDS] },
      { name: "hooded raincoat", price: [35, 49], grams: [300, 400], axes: [colours("bright"), SIZES_KIDS] },
      { name: "fleece jumper", price: [19, 29], grams: [200, 300], axes: [colours("bright"), SIZES_KIDS] },
      { name: "jogging bottoms", price: [15, 25], grams: [180, 260], axes: [colours("bright"), SIZES_KIDS] },
      { name: "pyjama set", price: [19, 29], grams: [200, 280], axes: [colours("bright"), SIZES_KIDS] },
    ],
  },
  {
    code: "SHO",
    name: "Shoes",
    weight: 11,
    brands: ["Sillage", "Forme Active"],
    templates: [
      { name: "leather sneakers", price: [79, 119], grams: [800, 1000], axes: [colours("leather"), SIZES_SHOES] },
      { name: "Chelsea boots", price: [119, 169], grams: [1100, 1400], axes: [colours("leather"), SIZES_SHOES] },
      { name: "running shoes", price: [89, 139], grams: [550, 700], axes: [colours("bright"), SIZES_SHOES] },
      { name: "ballet flats", price: [49, 79], grams: [350, 450], axes: [colours("leather"), SIZES_SHOES] },
      { name: "suede loafers", price: [89, 129], grams: [700, 900], axes: [colours("leather"), SIZES_SHOES] },
      { name: "canvas trainers", price: [39, 59], grams: [600, 750], axes: [colours("apparel"), SIZES_SHOES] },
      { name: "espadrilles", price: [25, 39], grams: [400, 500], axes: [colours("apparel"), SIZES_SHOES] },
    ],
  },
  {
    code: "HOM",
    name: "Home",
    weight: 11,
    brands: ["Foyer", "Maison Lumière"],
    templates: [
      { name: "washed linen duvet cover", price: [79, 109], grams: [1200, 1600], axes: [colours("home"), axis("size", [["140x200", "140", 1], ["200x200", "200", 1.25], ["240x220", "240", 1.45]])] },
      { name: "cotton bath towel", price: [12, 19], grams: [400, 600], axes: [colours("home"), axis("size", [["50x100", "50", 1], ["70x140", "70", 1.6], ["100x150", "100", 2.2]])] },
      { name: "cast-iron casserole", price: [129, 169], grams: [3500, 4500], axes: [colours("home"), axis("size", [["20 cm", "20", 1, 0.8, 0], ["24 cm", "24", 1.3, 1.2, 1200], ["28 cm", "28", 1.6, 1, 2400]])] },
      { name: "stoneware dinner plates (set of 4)", price: [29, 49], grams: [2200, 2800], axes: [colours("home")] },
      { name: "scented candle", price: [15, 35], grams: [300, 500], axes: [axis("scent", [["Fig tree", "FIG"], ["Cedarwood", "CED"], ["Orange blossom", "ORB"], ["Lavender", "LAV"], ["Sea salt", "SEA"], ["Amber", "AMB"], ["Black tea", "TEA"]], false)] },
      { name: "wool throw", price: [59, 119], grams: [900, 1300], axes: [colours("home")] },
      { name: "down duvet", price: [149, 219], grams: [1500, 2200], axes: [axis("size", [["140x200", "140", 1], ["200x200", "200", 1.35], ["240x220", "240", 1.6], ["260x240", "260", 1.85]]), axis("warmth", [["Light", "LT"], ["Warm", "WM"]])] },
      { name: "chef's knife", price: [49, 89], grams: [180, 260], axes: [axis("blade", [["15 cm", "15", 0.85], ["20 cm", "20", 1], ["25 cm", "25", 1.2]]), axis("handle", [["Olive wood", "OLW"], ["Black", "BLK"]], false)] },
    ],
  },
  {
    code: "ELE",
    name: "Electronics accessories",
    weight: 10,
    brands: ["Volt&Co"],
    templates: [
      { name: "wireless earbuds", price: [49, 179], grams: [60, 90], axes: [colours("tech")] },
      { name: "braided USB-C cable", price: [9, 19], grams: [40, 90], axes: [colours("tech"), axis("length", [["1 m", "1M", 1], ["2 m", "2M", 1.3], ["3 m", "3M", 1.6]])] },
      { name: "power bank", price: [29, 45], grams: [200, 420], axes: [colours("tech"), axis("capacity", [["10,000 mAh", "10K", 1, 1.2, 0], ["20,000 mAh", "20K", 1.5, 1, 150]])] },
      { name: "Bluetooth speaker", price: [59, 249], grams: [500, 1200], axes: [colours("tech")] },
      { name: "phone case", price: [19, 39], grams: [40, 70], axes: [colours("tech"), axis("fits", [["6.1-inch phones", "61"], ["6.7-inch phones", "67"]])] },
      { name: "noise-cancelling headphones", price: [149, 349], grams: [250, 320], axes: [colours("tech")] },
      { name: "wireless charging pad", price: [29, 59], grams: [120, 200], axes: [colours("tech")] },
      { name: "microSD memory card", price: [12, 15], grams: [5, 10], axes: [axis("capacity", [["64 GB", "064", 1], ["128 GB", "128", 1.6], ["256 GB", "256", 2.6], ["512 GB", "512", 4.5], ["1 TB", "1TB", 8]])] },
      { name: "watch strap", price: [19, 49], grams: [30, 60], axes: [colours("leather"), axis("size", [["41 mm", "41"], ["45 mm", "45"]])] },
    ],
  },
  {
    code: "BEA",
    name: "Beauty",
    weight: 9,
    brands: ["Pure Éclat"],
    templates: [
      { name: "hydrating face cream", price: [22, 39], grams: [80, 120], axes: [axis("skin", [["Normal skin", "NOR"], ["Dry skin", "DRY"], ["Combination skin", "CMB"]], false), axis("volume", [["30 ml", "30", 1], ["50 ml", "50", 1.5]])] },
      { name: "eau de parfum", price: [49, 79], grams: [150, 250], axes: [axis("scent", [["Néroli", "NER"], ["Iris", "IRI"], ["Vetiver", "VET"], ["Oud", "OUD"]], false), axis("volume", [["30 ml", "30", 1], ["50 ml", "50", 1.45], ["100 ml", "100", 2.1]])] },
      { name: "satin lipstick", price: [19, 32], grams: [20, 30], axes: [axis("shade", [["Rose nude", "RNU"], ["Coral", "COR"], ["Cherry", "CHE"], ["Plum", "PLU"], ["Brick", "BRI"], ["Classic red", "RED"], ["Mauve", "MAU"], ["Caramel", "CAR"]], false)] },
      { name: "volumising mascara", price: [15, 29], grams: [20, 35], axes: [axis("shade", [["Black", "BLK"], ["Brown-black", "BRB"], ["Navy", "NAV"], ["Waterproof black", "WPB"]], false)] },
      { name: "repairing shampoo", price: [9, 16], grams: [250, 550], axes: [axis("hair", [["Dry hair", "DRY"], ["Coloured hair", "COL"], ["All hair types", "ALL"]], false), axis("volume", [["250 ml", "250", 1, 1, 0], ["500 ml", "500", 1.6, 1, 280]])] },
      { name: "fluid foundation", price: [29, 45], grams: [50, 70], axes: [axis("shade", [["Porcelain", "10"], ["Ivory", "20"], ["Beige", "30"], ["Sand", "40"], ["Honey", "50"], ["Caramel", "60"], ["Mocha", "70"], ["Espresso", "80"]])] },
    ],
  },
  {
    code: "SPO",
    name: "Sports",
    weight: 9,
    brands: ["Forme Active"],
    templates: [
      { name: "yoga mat", price: [25, 45], grams: [900, 1800], axes: [colours("bright"), axis("thickness", [["4 mm", "4", 1], ["6 mm", "6", 1.25]])] },
      { name: "running tights", price: [35, 59], grams: [150, 220], axes: [colours("bright"), SIZES_ADULT] },
      { name: "technical training T-shirt", price: [19, 35], grams: [120, 170], axes: [colours("bright"), SIZES_ADULT] },
      { name: "hex dumbbell", price: [12, 15], grams: [2000, 2000], axes: [axis("weight", [["2 kg", "2", 1, 1, 0], ["4 kg", "4", 1.8, 1.2, 2000], ["6 kg", "6", 2.6, 1, 4000], ["8 kg", "8", 3.3, 0.8, 6000], ["10 kg", "10", 4, 0.7, 8000], ["12 kg", "12", 4.7, 0.5, 10000]])] },
      { name: "tennis racket", price: [89, 199], grams: [380, 450], axes: [axis("grip", [["Grip 1", "G1"], ["Grip 2", "G2"], ["Grip 3", "G3"], ["Grip 4", "G4"]]), axis("weight", [["280 g", "280"], ["300 g", "300"]])] },
      { name: "cycling helmet", price: [49, 119], grams: [260, 340], axes: [colours("bright"), axis("size", [["S (51-55 cm)", "S"], ["M (55-59 cm)", "M", 1, 1.5], ["L (59-63 cm)", "L"]])] },
      { name: "training football", price: [15, 25], grams: [300, 430], axes: [colours("bright"), axis("size", [["Size 3", "3"], ["Size 4", "4"], ["Size 5", "5", 1, 1.6]])] },
    ],
  },
  {
    code: "BAG",
    name: "Bags & accessories",
    weight: 6,
    brands: ["Sillage", "Maison Lumière"],
    templates: [
      { name: "leather tote bag", price: [129, 249], grams: [700, 1000], axes: [colours("leather")] },
      { name: "everyday backpack", price: [49, 99], grams: [500, 800], axes: [colours("outdoor")] },
      { name: "wool scarf", price: [29, 59], grams: [150, 250], axes: [colours("apparel")] },
      { name: "leather belt", price: [39, 69], grams: [150, 220], axes: [colours("leather"), axis("length", [["85 cm", "85"], ["95 cm", "95"], ["105 cm", "105"], ["115 cm", "115"]])] },
      { name: "polarised sunglasses", price: [59, 129], grams: [30, 50], axes: [axis("frame", [["Tortoiseshell", "TOR"], ["Black", "BLK"], ["Crystal", "CRY"], ["Gold", "GLD"], ["Matte navy", "NAV"]], false)] },
      { name: "ribbed beanie", price: [19, 35], grams: [80, 120], axes: [colours("apparel")] },
      { name: "weekend bag", price: [89, 189], grams: [900, 1400], axes: [colours("leather")] },
    ],
  },
  {
    code: "OUT",
    name: "Outdoor & camping",
    weight: 5,
    brands: ["Sentier"],
    templates: [
      { name: "hiking backpack", price: [69, 99], grams: [1100, 1600], axes: [colours("outdoor"), axis("volume", [["30 L", "30", 1], ["40 L", "40", 1.2], ["50 L", "50", 1.4]])] },
      { name: "dome tent", price: [129, 179], grams: [2500, 3500], axes: [axis("capacity", [["2 people", "2P", 1, 1.2, 0], ["3 people", "3P", 1.35, 1, 900], ["4 people", "4P", 1.7, 0.8, 1800]]), axis("colour", [["Olive", "OLV"], ["Orange", "ORA"]], false)] },
      { name: "sleeping bag", price: [59, 99], grams: [1100, 1600], axes: [axis("comfort", [["Comfort 10°C", "10"], ["Comfort 5°C", "05", 1.3], ["Comfort 0°C", "00", 1.7], ["Comfort -5°C", "M5", 2.1]]), axis("length", [["Regular", "R"], ["Long", "L"]])] },
      { name: "insulated bottle", price: [19, 29], grams: [300, 450], axes: [colours("outdoor"), axis("volume", [["500 ml", "05", 1], ["750 ml", "07", 1.2], ["1 L", "10", 1.4]])] },
      { name: "rechargeable headlamp", price: [25, 49], grams: [80, 120], axes: [colours("outdoor")] },
      { name: "waterproof rain jacket", price: [89, 179], grams: [350, 500], axes: [colours("outdoor"), SIZES_ADULT] },
    ],
  },
];

/** Collection names combined with templates: "Riviera linen shirt". */
export const COLLECTIONS = [
  "Riviera", "Montmartre", "Camargue", "Océane", "Lumière", "Bretagne", "Provence", "Saint-Malo", "Belle-Île", "Vercors",
  "Étretat", "Chamonix", "Biarritz", "Deauville", "Honfleur", "Luberon", "Ardèche", "Colmar", "Arcachon", "Cassis",
  "Ventoux", "Quiberon", "Gordes", "Annecy", "Verdon",
];

export const SUPPLIERS = [
  "Textiles du Nord SA", "Filature Vosgienne", "Porto Footwear Lda", "Atelier Lyonnais SARL", "Shenzhen Brightway Electronics",
  "Cosmétiques de Grasse", "Faïencerie de Gien", "Tessitura Como Srl", "Alpine Outdoor GmbH", "Maroquinerie d'Anjou",
  "Sportline Iberia SL", "Istanbul Denim Mills",
];
