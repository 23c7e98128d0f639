// Reference data for the demo network and the customers' home towns: real cities, postcodes and
// coordinates in France and its neighbours. Stores are listed in the order a smaller scale keeps
// them (the first ones are the demo associates' stores).

export type Country = "FR" | "BE" | "CH" | "LU" | "MC";

export const TIME_ZONES: Record<Country, string> = {
  FR: "Europe/Paris",
  BE: "Europe/Brussels",
  CH: "Europe/Zurich",
  LU: "Europe/Luxembourg",
  MC: "Europe/Monaco",
};

export type HoursProfile = "dc" | "flagship" | "standard" | "smallTown" | "belgium" | "swiss" | "luxembourg" | "monaco";

export interface NodeSeed {
  code: string;
  name: string;
  addressLine1: string;
  city: string;
  postalCode: string;
  country: Country;
  lat: number;
  lng: number;
  /** Store size drives capacity, assortment and depth of stock. */
  size: "DC" | "L" | "M" | "S";
  hours: HoursProfile;
  franchise?: boolean;
  /** Stores that do not ship parcels to customers (franchise stores and a few small ones). */
  noShipFromStore?: boolean;
  dailyCapacity: number;
}

export const DCS: NodeSeed[] = [
  { code: "DC-PAR", name: "DC Paris-Nord Gonesse", addressLine1: "ZAC de la Grande Couture, 12 avenue du 8 Mai 1945", city: "Gonesse", postalCode: "95500", country: "FR", lat: 48.99, lng: 2.456, size: "DC", hours: "dc", dailyCapacity: 8000 },
  { code: "DC-LYO", name: "DC Lyon-Saint-Priest", addressLine1: "ZI Mi-Plaine, 9 rue Marius Berliet", city: "Saint-Priest", postalCode: "69800", country: "FR", lat: 45.714, lng: 4.93, size: "DC", hours: "dc", dailyCapacity: 6000 },
  { code: "DC-BDX", name: "DC Bordeaux-Cestas", addressLine1: "ZA du Pot au Pin, 3 avenue de Toctoucau", city: "Cestas", postalCode: "33610", country: "FR", lat: 44.74, lng: -0.7, size: "DC", hours: "dc", dailyCapacity: 4000 },
  { code: "DC-LIL", name: "DC Lille-Lesquin", addressLine1: "Parc CRT, 2 rue de la Haie Plouvier", city: "Lesquin", postalCode: "59810", country: "FR", lat: 50.587, lng: 3.105, size: "DC", hours: "dc", dailyCapacity: 4500 },
];

export const STORES: NodeSeed[] = [
  { code: "ST-PAR-01", name: "Paris Rivoli", addressLine1: "112 rue de Rivoli", city: "Paris", postalCode: "75001", country: "FR", lat: 48.8603, lng: 2.3431, size: "L", hours: "flagship", dailyCapacity: 150 },
  { code: "ST-LYO-01", name: "Lyon Part-Dieu", addressLine1: "17 rue du Docteur Bouchut", city: "Lyon", postalCode: "69003", country: "FR", lat: 45.761, lng: 4.8556, size: "L", hours: "standard", dailyCapacity: 130 },
  { code: "ST-PAR-02", name: "Paris Opéra", addressLine1: "40 boulevard Haussmann", city: "Paris", postalCode: "75009", country: "FR", lat: 48.8737, lng: 2.332, size: "L", hours: "flagship", dailyCapacity: 140 },
  { code: "ST-MRS-01", name: "Marseille Canebière", addressLine1: "53 La Canebière", city: "Marseille", postalCode: "13001", country: "FR", lat: 43.2976, lng: 5.3794, size: "L", hours: "standard", dailyCapacity: 120 },
  { code: "ST-BRU-01", name: "Bruxelles Rue Neuve", addressLine1: "Rue Neuve 111", city: "Bruxelles", postalCode: "1000", country: "BE", lat: 50.852, lng: 4.357, size: "L", hours: "belgium", dailyCapacity: 120 },
  { code: "ST-TLS-01", name: "Toulouse Capitole", addressLine1: "45 rue d'Alsace-Lorraine", city: "Toulouse", postalCode: "31000", country: "FR", lat: 43.6035, lng: 1.445, size: "M", hours: "standard", dailyCapacity: 90 },
  { code: "ST-BDX-01", name: "Bordeaux Sainte-Catherine", addressLine1: "82 rue Sainte-Catherine", city: "Bordeaux", postalCode: "33000", country: "FR", lat: 44.8386, lng: -0.5737, size: "L", hours: "standard", dailyCapacity: 110 },
  { code: "ST-LIL-01", name: "Lille Grand Place", addressLine1: "31 rue Neuve", city: "Lille", postalCode: "59000", country: "FR", lat: 50.6366, lng: 3.0628, size: "L", hours: "standard", dailyCapacity: 110 },
  { code: "ST-GVA-01", name: "Genève Rive", addressLine1: "Rue du Rhône 48", city: "Genève", postalCode: "1204", country: "CH", lat: 46.204, lng: 6.148, size: "M", hours: "swiss", dailyCapacity: 80 },
  { code: "ST-NCE-01", name: "Nice Masséna", addressLine1: "28 avenue Jean Médecin", city: "Nice", postalCode: "06000", country: "FR", lat: 43.7005, lng: 7.268, size: "M", hours: "standard", dailyCapacity: 90 },
  { code: "ST-NTE-01", name: "Nantes Commerce", addressLine1: "15 rue de la Marne", city: "Nantes", postalCode: "44000", country: "FR", lat: 47.2155, lng: -1.556, size: "M", hours: "standard", dailyCapacity: 90 },
  { code: "ST-STR-01", name: "Strasbourg Kléber", addressLine1: "2 place Kléber", city: "Strasbourg", postalCode: "67000", country: "FR", lat: 48.5833, lng: 7.7458, size: "M", hours: "standard", dailyCapacity: 85 },
  { code: "ST-LUX-01", name: "Luxembourg Grand-Rue", addressLine1: "45, Grand-Rue", city: "Luxembourg", postalCode: "1661", country: "LU", lat: 49.6115, lng: 6.13, size: "M", hours: "luxembourg", dailyCapacity: 70 },
  { code: "ST-MPL-01", name: "Montpellier Comédie", addressLine1: "8 rue de la Loge", city: "Montpellier", postalCode: "34000", country: "FR", lat: 43.61, lng: 3.877, size: "M", hours: "standard", dailyCapacity: 80 },
  { code: "ST-PAR-03", name: "Paris Saint-Germain", addressLine1: "52 rue de Rennes", city: "Paris", postalCode: "75006", country: "FR", lat: 48.8468, lng: 2.329, size: "M", hours: "flagship", dailyCapacity: 100 },
  { code: "ST-REN-01", name: "Rennes République", addressLine1: "6 quai Lamartine", city: "Rennes", postalCode: "35000", country: "FR", lat: 48.1113, lng: -1.68, size: "M", hours: "standard", dailyCapacity: 75 },
  { code: "ST-GRE-01", name: "Grenoble Victor Hugo", addressLine1: "3 place Victor Hugo", city: "Grenoble", postalCode: "38000", country: "FR", lat: 45.189, lng: 5.725, size: "M", hours: "standard", dailyCapacity: 70 },
  { code: "ST-LYO-02", name: "Lyon Confluence", addressLine1: "112 cours Charlemagne", city: "Lyon", postalCode: "69002", country: "FR", lat: 45.741, lng: 4.818, size: "M", hours: "flagship", dailyCapacity: 90 },
  { code: "ST-DIJ-01", name: "Dijon Liberté", addressLine1: "55 rue de la Liberté", city: "Dijon", postalCode: "21000", country: "FR", lat: 47.3222, lng: 5.0375, size: "S", hours: "smallTown", dailyCapacity: 45 },
  { code: "ST-ANT-01", name: "Antwerpen Meir", addressLine1: "Meir 78", city: "Antwerpen", postalCode: "2000", country: "BE", lat: 51.218, lng: 4.408, size: "M", hours: "belgium", dailyCapacity: 80 },
  { code: "ST-REI-01", name: "Reims Drouet-d'Erlon", addressLine1: "40 place Drouet-d'Erlon", city: "Reims", postalCode: "51100", country: "FR", lat: 49.256, lng: 4.03, size: "S", hours: "smallTown", dailyCapacity: 40, noShipFromStore: true },
  { code: "ST-TLN-01", name: "Toulon Centre", addressLine1: "12 rue d'Alger", city: "Toulon", postalCode: "83000", country: "FR", lat: 43.123, lng: 5.932, size: "S", hours: "standard", dailyCapacity: 45 },
  { code: "ST-ANG-01", name: "Angers Ralliement", addressLine1: "5 place du Ralliement", city: "Angers", postalCode: "49100", country: "FR", lat: 47.471, lng: -0.552, size: "S", hours: "smallTown", dailyCapacity: 40 },
  { code: "ST-CLF-01", name: "Clermont-Ferrand Jaude", addressLine1: "10 place de Jaude", city: "Clermont-Ferrand", postalCode: "63000", country: "FR", lat: 45.777, lng: 3.082, size: "S", hours: "standard", dailyCapacity: 50 },
  { code: "ST-LAU-01", name: "Lausanne Saint-François", addressLine1: "Rue de Bourg 20", city: "Lausanne", postalCode: "1003", country: "CH", lat: 46.52, lng: 6.635, size: "S", hours: "swiss", dailyCapacity: 50 },
  { code: "ST-TRS-01", name: "Tours Nationale", addressLine1: "60 rue Nationale", city: "Tours", postalCode: "37000", country: "FR", lat: 47.393, lng: 0.688, size: "S", hours: "smallTown", dailyCapacity: 40 },
  { code: "ST-ROU-01", name: "Rouen Gros-Horloge", addressLine1: "80 rue du Gros-Horloge", city: "Rouen", postalCode: "76000", country: "FR", lat: 49.441, lng: 1.09, size: "S", hours: "standard", dailyCapacity: 50 },
  { code: "ST-MTZ-01", name: "Metz Serpenoise", addressLine1: "20 rue Serpenoise", city: "Metz", postalCode: "57000", country: "FR", lat: 49.117, lng: 6.174, size: "S", hours: "standard", dailyCapacity: 45 },
  { code: "ST-NCY-01", name: "Nancy Saint-Jean", addressLine1: "30 rue Saint-Jean", city: "Nancy", postalCode: "54000", country: "FR", lat: 48.69, lng: 6.18, size: "S", hours: "smallTown", dailyCapacity: 35 },
  { code: "ST-CAE-01", name: "Caen Saint-Pierre", addressLine1: "75 rue Saint-Pierre", city: "Caen", postalCode: "14000", country: "FR", lat: 49.184, lng: -0.366, size: "S", hours: "smallTown", dailyCapacity: 35 },
  { code: "ST-AMI-01", name: "Amiens Trois-Cailloux", addressLine1: "45 rue des Trois-Cailloux", city: "Amiens", postalCode: "80000", country: "FR", lat: 49.893, lng: 2.299, size: "S", hours: "smallTown", dailyCapacity: 30, noShipFromStore: true },
  { code: "ST-ORL-01", name: "Orléans République", addressLine1: "20 rue de la République", city: "Orléans", postalCode: "45000", country: "FR", lat: 47.905, lng: 1.905, size: "S", hours: "standard", dailyCapacity: 40 },
  { code: "ST-AIX-01", name: "Aix-en-Provence Mirabeau", addressLine1: "12 cours Mirabeau", city: "Aix-en-Provence", postalCode: "13100", country: "FR", lat: 43.5265, lng: 5.448, size: "S", hours: "standard", dailyCapacity: 40, franchise: true, noShipFromStore: true },
  { code: "ST-ANN-01", name: "Annecy Vieille Ville", addressLine1: "8 rue Royale", city: "Annecy", postalCode: "74000", country: "FR", lat: 45.9, lng: 6.125, size: "S", hours: "smallTown", dailyCapacity: 30, franchise: true, noShipFromStore: true },
  { code: "ST-PER-01", name: "Perpignan Arago", addressLine1: "5 place Arago", city: "Perpignan", postalCode: "66000", country: "FR", lat: 42.698, lng: 2.895, size: "S", hours: "smallTown", dailyCapacity: 25, franchise: true, noShipFromStore: true },
  { code: "ST-BES-01", name: "Besançon Grande Rue", addressLine1: "70 Grande Rue", city: "Besançon", postalCode: "25000", country: "FR", lat: 47.237, lng: 6.024, size: "S", hours: "smallTown", dailyCapacity: 30 },
  { code: "ST-LGG-01", name: "Liège Pont d'Avroy", addressLine1: "Rue Pont d'Avroy 30", city: "Liège", postalCode: "4000", country: "BE", lat: 50.64, lng: 5.57, size: "S", hours: "belgium", dailyCapacity: 35, franchise: true, noShipFromStore: true },
  { code: "ST-BRE-01", name: "Brest Siam", addressLine1: "40 rue de Siam", city: "Brest", postalCode: "29200", country: "FR", lat: 48.389, lng: -4.488, size: "S", hours: "smallTown", dailyCapacity: 30 },
  { code: "ST-LIM-01", name: "Limoges Centre", addressLine1: "15 rue du Clocher", city: "Limoges", postalCode: "87000", country: "FR", lat: 45.83, lng: 1.26, size: "S", hours: "smallTown", dailyCapacity: 30 },
  { code: "ST-DEF-01", name: "Paris La Défense", addressLine1: "Les Quatre Temps, 15 parvis de la Défense", city: "Puteaux", postalCode: "92800", country: "FR", lat: 48.891, lng: 2.238, size: "L", hours: "flagship", dailyCapacity: 130 },
  { code: "ST-VER-01", name: "Versailles Notre-Dame", addressLine1: "18 rue de la Paroisse", city: "Versailles", postalCode: "78000", country: "FR", lat: 48.806, lng: 2.13, size: "S", hours: "standard", dailyCapacity: 40 },
  { code: "ST-AVI-01", name: "Avignon République", addressLine1: "25 rue de la République", city: "Avignon", postalCode: "84000", country: "FR", lat: 43.946, lng: 4.806, size: "S", hours: "smallTown", dailyCapacity: 30 },
  { code: "ST-PAU-01", name: "Pau Foch", addressLine1: "6 rue Maréchal Foch", city: "Pau", postalCode: "64000", country: "FR", lat: 43.296, lng: -0.37, size: "S", hours: "smallTown", dailyCapacity: 20, franchise: true, noShipFromStore: true },
  { code: "ST-LRH-01", name: "La Rochelle Palais", addressLine1: "30 rue du Palais", city: "La Rochelle", postalCode: "17000", country: "FR", lat: 46.16, lng: -1.152, size: "S", hours: "smallTown", dailyCapacity: 30 },
  { code: "ST-MCO-01", name: "Monaco Fontvieille", addressLine1: "Centre commercial de Fontvieille, 25 avenue Albert II", city: "Monaco", postalCode: "98000", country: "MC", lat: 43.729, lng: 7.416, size: "S", hours: "monaco", dailyCapacity: 25, franchise: true, noShipFromStore: true },
  { code: "ST-STE-01", name: "Saint-Étienne Dorian", addressLine1: "9 place Dorian", city: "Saint-Étienne", postalCode: "42000", country: "FR", lat: 45.44, lng: 4.387, size: "S", hours: "smallTown", dailyCapacity: 30 },
  { code: "ST-POI-01", name: "Poitiers Cordeliers", addressLine1: "4 rue des Cordeliers", city: "Poitiers", postalCode: "86000", country: "FR", lat: 46.58, lng: 0.341, size: "S", hours: "smallTown", dailyCapacity: 25 },
  { code: "ST-LMS-01", name: "Le Mans Jacobins", addressLine1: "14 rue des Minimes", city: "Le Mans", postalCode: "72000", country: "FR", lat: 48.007, lng: 0.197, size: "S", hours: "smallTown", dailyCapacity: 25 },
];

type Day = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
export type OpeningHours = Record<Day, [string, string][]>;

const week = (weekday: [string, string][], sat: [string, string][], sun: [string, string][] = [], mon = weekday): OpeningHours => ({
  mon,
  tue: weekday,
  wed: weekday,
  thu: weekday,
  fri: weekday,
  sat,
  sun,
});

export const OPENING_HOURS: Record<HoursProfile, OpeningHours> = {
  dc: week([["05:00", "22:00"]], [["06:00", "14:00"]]),
  flagship: week([["10:00", "20:00"]], [["10:00", "20:00"]], [["11:00", "19:00"]]),
  standard: week([["10:00", "19:00"]], [["10:00", "19:30"]]),
  smallTown: week(
    [["09:30", "12:30"], ["14:00", "19:00"]],
    [["09:30", "19:00"]],
    [],
    [["14:00", "19:00"]],
  ),
  belgium: week([["10:00", "18:30"]], [["10:00", "18:30"]]),
  swiss: week([["09:00", "19:00"]], [["09:00", "18:00"]]),
  luxembourg: week([["10:00", "18:00"]], [["09:30", "18:00"]], [], [["12:00", "18:00"]]),
  monaco: week([["10:00", "19:30"]], [["10:00", "19:30"]]),
};

/** A customer's home town: postcodes with their approximate centroid, weighted by population. */
export interface Town {
  city: string;
  country: Country;
  postcodes: [string, number, number][];
  weight: number;
}

export const TOWNS: Town[] = [
  {
    city: "Paris",
    country: "FR",
    weight: 120,
    postcodes: [
      ["75001", 48.8625, 2.3363], ["75002", 48.8683, 2.3428], ["75003", 48.863, 2.36], ["75004", 48.8543, 2.3576],
      ["75005", 48.8445, 2.3507], ["75006", 48.8491, 2.3328], ["75007", 48.8562, 2.3122], ["75008", 48.8727, 2.3125],
      ["75009", 48.8771, 2.3374], ["75010", 48.8762, 2.3607], ["75011", 48.8591, 2.38], ["75012", 48.835, 2.4213],
      ["75013", 48.8283, 2.3623], ["75014", 48.8292, 2.3265], ["75015", 48.84, 2.2929], ["75016", 48.8604, 2.262],
      ["75017", 48.8873, 2.3067], ["75018", 48.8925, 2.3484], ["75019", 48.8871, 2.3848], ["75020", 48.8634, 2.4012],
    ],
  },
  { city: "Boulogne-Billancourt", country: "FR", weight: 10, postcodes: [["92100", 48.8353, 2.241]] },
  { city: "Neuilly-sur-Seine", country: "FR", weight: 5, postcodes: [["92200", 48.8846, 2.2697]] },
  { city: "Levallois-Perret", country: "FR", weight: 5, postcodes: [["92300", 48.895, 2.287]] },
  { city: "Issy-les-Moulineaux", country: "FR", weight: 6, postcodes: [["92130", 48.8245, 2.27]] },
  { city: "Nanterre", country: "FR", weight: 8, postcodes: [["92000", 48.8924, 2.2071]] },
  { city: "Montreuil", country: "FR", weight: 9, postcodes: [["93100", 48.8638, 2.4485]] },
  { city: "Saint-Denis", country: "FR", weight: 9, postcodes: [["93200", 48.9362, 2.3574]] },
  { city: "Vincennes", country: "FR", weight: 5, postcodes: [["94300", 48.8474, 2.439]] },
  { city: "Créteil", country: "FR", weight: 7, postcodes: [["94000", 48.7904, 2.4556]] },
  { city: "Versailles", country: "FR", weight: 7, postcodes: [["78000", 48.8049, 2.1204]] },
  { city: "Saint-Germain-en-Laye", country: "FR", weight: 4, postcodes: [["78100", 48.8989, 2.0938]] },
  { city: "Argenteuil", country: "FR", weight: 6, postcodes: [["95100", 48.9472, 2.2467]] },
  {
    city: "Lyon",
    country: "FR",
    weight: 40,
    postcodes: [["69001", 45.7675, 4.834], ["69002", 45.7485, 4.827], ["69003", 45.759, 4.86], ["69006", 45.77, 4.852], ["69007", 45.745, 4.842], ["69008", 45.735, 4.87]],
  },
  { city: "Villeurbanne", country: "FR", weight: 10, postcodes: [["69100", 45.7719, 4.8902]] },
  { city: "Marseille", country: "FR", weight: 35, postcodes: [["13001", 43.299, 5.384], ["13006", 43.288, 5.38], ["13008", 43.254, 5.38], ["13012", 43.307, 5.44]] },
  { city: "Aix-en-Provence", country: "FR", weight: 9, postcodes: [["13100", 43.5297, 5.4474]] },
  { city: "Toulouse", country: "FR", weight: 28, postcodes: [["31000", 43.6045, 1.444], ["31400", 43.58, 1.46], ["31300", 43.597, 1.41]] },
  { city: "Bordeaux", country: "FR", weight: 18, postcodes: [["33000", 44.8378, -0.5792], ["33200", 44.85, -0.61]] },
  { city: "Mérignac", country: "FR", weight: 5, postcodes: [["33700", 44.8386, -0.6436]] },
  { city: "Pessac", country: "FR", weight: 4, postcodes: [["33600", 44.8067, -0.6311]] },
  { city: "Lille", country: "FR", weight: 16, postcodes: [["59000", 50.6292, 3.0573]] },
  { city: "Roubaix", country: "FR", weight: 6, postcodes: [["59100", 50.6942, 3.1746]] },
  { city: "Villeneuve-d'Ascq", country: "FR", weight: 5, postcodes: [["59650", 50.6233, 3.145]] },
  { city: "Nice", country: "FR", weight: 18, postcodes: [["06000", 43.7009, 7.2683], ["06300", 43.7, 7.285]] },
  { city: "Antibes", country: "FR", weight: 5, postcodes: [["06600", 43.5804, 7.1251]] },
  { city: "Cannes", country: "FR", weight: 5, postcodes: [["06400", 43.5528, 7.0174]] },
  { city: "Nantes", country: "FR", weight: 17, postcodes: [["44000", 47.2184, -1.5536], ["44300", 47.245, -1.53]] },
  { city: "Saint-Nazaire", country: "FR", weight: 3, postcodes: [["44600", 47.2735, -2.2137]] },
  { city: "Strasbourg", country: "FR", weight: 15, postcodes: [["67000", 48.5734, 7.7521], ["67100", 48.558, 7.745]] },
  { city: "Montpellier", country: "FR", weight: 15, postcodes: [["34000", 43.6108, 3.8767], ["34070", 43.595, 3.86]] },
  { city: "Rennes", country: "FR", weight: 12, postcodes: [["35000", 48.1173, -1.6778], ["35700", 48.125, -1.65]] },
  { city: "Grenoble", country: "FR", weight: 9, postcodes: [["38000", 45.1885, 5.7245], ["38100", 45.175, 5.73]] },
  { city: "Dijon", country: "FR", weight: 7, postcodes: [["21000", 47.322, 5.0415]] },
  { city: "Reims", country: "FR", weight: 8, postcodes: [["51100", 49.2583, 4.0317]] },
  { city: "Toulon", country: "FR", weight: 8, postcodes: [["83000", 43.1242, 5.928]] },
  { city: "Angers", country: "FR", weight: 7, postcodes: [["49100", 47.471, -0.552]] },
  { city: "Clermont-Ferrand", country: "FR", weight: 7, postcodes: [["63000", 45.7772, 3.087]] },
  { city: "Tours", country: "FR", weight: 7, postcodes: [["37000", 47.3941, 0.6848]] },
  { city: "Rouen", country: "FR", weight: 6, postcodes: [["76000", 49.4432, 1.0993]] },
  { city: "Le Havre", country: "FR", weight: 6, postcodes: [["76600", 49.4944, 0.1079]] },
  { city: "Metz", country: "FR", weight: 6, postcodes: [["57000", 49.1193, 6.1757]] },
  { city: "Nancy", country: "FR", weight: 5, postcodes: [["54000", 48.6921, 6.1844]] },
  { city: "Caen", country: "FR", weight: 5, postcodes: [["14000", 49.1829, -0.3707]] },
  { city: "Amiens", country: "FR", weight: 5, postcodes: [["80000", 49.8941, 2.2958]] },
  { city: "Orléans", country: "FR", weight: 6, postcodes: [["45000", 47.903, 1.9093]] },
  { city: "Annecy", country: "FR", weight: 4, postcodes: [["74000", 45.8992, 6.1294]] },
  { city: "Perpignan", country: "FR", weight: 5, postcodes: [["66000", 42.6887, 2.8948]] },
  { city: "Besançon", country: "FR", weight: 5, postcodes: [["25000", 47.2378, 6.0241]] },
  { city: "Brest", country: "FR", weight: 5, postcodes: [["29200", 48.3904, -4.4861]] },
  { city: "Limoges", country: "FR", weight: 5, postcodes: [["87000", 45.8336, 1.2611]] },
  { city: "Avignon", country: "FR", weight: 4, postcodes: [["84000", 43.9493, 4.8055]] },
  { city: "Pau", country: "FR", weight: 3, postcodes: [["64000", 43.2951, -0.3708]] },
  { city: "La Rochelle", country: "FR", weight: 3, postcodes: [["17000", 46.1603, -1.1511]] },
  { city: "Saint-Étienne", country: "FR", weight: 6, postcodes: [["42000", 45.4397, 4.3872]] },
  { city: "Poitiers", country: "FR", weight: 4, postcodes: [["86000", 46.5802, 0.3404]] },
  { city: "Le Mans", country: "FR", weight: 5, postcodes: [["72000", 48.0061, 0.1996]] },
  { city: "Bruxelles", country: "BE", weight: 12, postcodes: [["1000", 50.8467, 4.3525]] },
  { city: "Ixelles", country: "BE", weight: 5, postcodes: [["1050", 50.8333, 4.3667]] },
  { city: "Schaerbeek", country: "BE", weight: 4, postcodes: [["1030", 50.8676, 4.3737]] },
  { city: "Uccle", country: "BE", weight: 3, postcodes: [["1180", 50.8, 4.3333]] },
  { city: "Antwerpen", country: "BE", weight: 8, postcodes: [["2000", 51.2194, 4.4025], ["2018", 51.205, 4.415]] },
  { city: "Gent", country: "BE", weight: 5, postcodes: [["9000", 51.0543, 3.7174]] },
  { city: "Liège", country: "BE", weight: 5, postcodes: [["4000", 50.6326, 5.5797]] },
  { city: "Namur", country: "BE", weight: 3, postcodes: [["5000", 50.4669, 4.8675]] },
  { city: "Genève", country: "CH", weight: 8, postcodes: [["1201", 46.21, 6.142], ["1204", 46.201, 6.146], ["1205", 46.196, 6.14]] },
  { city: "Carouge", country: "CH", weight: 2, postcodes: [["1227", 46.181, 6.139]] },
  { city: "Lausanne", country: "CH", weight: 5, postcodes: [["1003", 46.5197, 6.6323], ["1004", 46.525, 6.62]] },
  { city: "Luxembourg", country: "LU", weight: 5, postcodes: [["1660", 49.6116, 6.1319], ["2449", 49.6, 6.13]] },
  { city: "Esch-sur-Alzette", country: "LU", weight: 2, postcodes: [["4002", 49.4958, 5.9806]] },
  { city: "Monaco", country: "MC", weight: 2, postcodes: [["98000", 43.7384, 7.4246]] },
];

/** Great-circle distance in km. */
export function distanceKm(aLat: number, aLng: number, bLat: number, bLng: number): number {
  const rad = Math.PI / 180;
  const dLat = (bLat - aLat) * rad;
  const dLng = (bLng - aLng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
