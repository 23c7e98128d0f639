// Names, streets, e-mail domains and phone formats for the demo customers, per country.
import type { Country } from "./geo-data";

export const FIRST_NAMES: Record<Country | "BE_NL", string[]> = {
  FR: [
    "Camille", "Léa", "Manon", "Chloé", "Emma", "Inès", "Jade", "Louise", "Alice", "Lina", "Juliette", "Zoé", "Sarah",
    "Anaïs", "Pauline", "Marion", "Sophie", "Isabelle", "Nathalie", "Céline", "Aurélie", "Marie", "Anne", "Claire",
    "Hélène", "Élodie", "Yasmine", "Amina", "Fatou", "Nadia", "Hugo", "Lucas", "Louis", "Gabriel", "Arthur", "Jules",
    "Adam", "Raphaël", "Nathan", "Thomas", "Mathis", "Julien", "Nicolas", "Antoine", "Maxime", "Alexandre", "Pierre",
    "Jean", "François", "Olivier", "Laurent", "Sébastien", "Guillaume", "Romain", "Karim", "Mehdi", "Sofiane", "Yanis",
    "Théo", "Baptiste", "Quentin", "Clément", "Vincent", "Benoît", "Mamadou", "Minh",
  ],
  BE: ["Louise", "Emma", "Olivia", "Elise", "Charlotte", "Manon", "Lucie", "Marie", "Noah", "Louis", "Arthur", "Victor", "Jules", "Adrien", "Maxime", "Simon", "Cédric", "Benoît", "Nathalie", "Sophie"],
  BE_NL: ["Lotte", "Noor", "Fien", "Lies", "Sien", "Ellen", "Hanne", "Lars", "Wout", "Jeroen", "Maarten", "Pieter", "Stijn", "Bram", "Thijs", "Koen", "Annelies", "Jens"],
  CH: ["Léonie", "Mia", "Chloé", "Laura", "Elena", "Anna", "Sara", "Noémie", "Luca", "Noah", "Elias", "Liam", "Matteo", "Nicolas", "Yannick", "Cédric", "Loïc", "Fabienne", "Valérie", "Stéphane"],
  LU: ["Emma", "Léa", "Mia", "Sophie", "Anne", "Carole", "Gabriel", "Luca", "Noah", "Ben", "Tom", "Marc", "Jean", "Paul", "Claude", "Yves"],
  MC: ["Charlotte", "Stéphanie", "Caroline", "Grace", "Albert", "Louis", "Pierre", "Andrea", "Gabriella", "Julien"],
};

export const LAST_NAMES: Record<Country | "BE_NL", string[]> = {
  FR: [
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
    "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard",
    "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure",
    "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu", "Clément",
    "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Benali", "Haddad", "Nguyen", "Diallo", "Traoré",
    "Lemaire", "Colin", "Vidal", "Caron", "Picard", "Roger", "Brun", "Marchand", "Barbier", "Arnaud", "Schmitt",
  ],
  BE: ["Dubois", "Lambert", "Dupont", "Martin", "Simon", "Lejeune", "Renard", "Leclercq", "Denis", "Hermans", "Collard", "Lemaire", "François", "Gilson"],
  BE_NL: ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Vermeulen", "Van den Broeck", "De Backer", "Michiels"],
  CH: ["Müller", "Meier", "Schmid", "Keller", "Weber", "Favre", "Rochat", "Berset", "Perrin", "Bonvin", "Fragnière", "Rey", "Chappuis", "Gerber", "Baumann"],
  LU: ["Schmit", "Weber", "Hoffmann", "Wagner", "Muller", "Reuter", "Thill", "Schmitz", "Klein", "Kremer", "Hansen"],
  MC: ["Rossi", "Giordano", "Médecin", "Pastor", "Boisson", "Gramaglia", "Notari", "Campora"],
};

/** Dutch-speaking towns get Flemish names and street names. */
export const DUTCH_TOWNS = new Set(["Antwerpen", "Gent"]);

export const STREETS: Record<Country | "BE_NL", string[]> = {
  FR: [
    "rue Victor Hugo", "avenue Jean Jaurès", "boulevard Gambetta", "rue Pasteur", "rue de la République", "rue des Lilas",
    "allée des Tilleuls", "rue du Moulin", "rue de la Paix", "avenue Foch", "rue Émile Zola", "rue du Général Leclerc",
    "boulevard Voltaire", "rue Nationale", "rue des Écoles", "chemin des Vignes", "rue Saint-Antoine", "avenue de la Gare",
    "rue Jules Ferry", "place de la Mairie", "rue de Verdun", "rue Lafayette", "quai de la Loire", "rue des Acacias",
  ],
  BE: ["Rue Neuve", "Chaussée de Louvain", "Avenue Louise", "Rue du Midi", "Boulevard Anspach", "Rue Haute", "Chaussée d'Ixelles", "Rue de la Loi", "Avenue de Tervueren"],
  BE_NL: ["Meir", "Kerkstraat", "Lange Leemstraat", "Nationalestraat", "Veldstraat", "Stationsstraat", "Molenstraat", "Dorpsstraat"],
  CH: ["Rue de Lausanne", "Avenue de Champel", "Rue de Carouge", "Chemin des Crêts", "Avenue de la Gare", "Rue du Simplon", "Rue de Genève", "Boulevard de Grancy"],
  LU: ["avenue de la Liberté", "rue de Hollerich", "boulevard Royal", "rue de Strasbourg", "route d'Arlon", "rue de l'Alzette"],
  MC: ["boulevard des Moulins", "avenue Princesse Grace", "boulevard d'Italie", "rue Grimaldi"],
};

export const EMAIL_DOMAINS: Record<Country, string[]> = {
  FR: ["gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr", "sfr.fr", "outlook.fr", "yahoo.fr", "wanadoo.fr"],
  BE: ["gmail.com", "skynet.be", "telenet.be", "hotmail.com", "proximus.be"],
  CH: ["gmail.com", "bluewin.ch", "gmx.ch", "sunrise.ch"],
  LU: ["gmail.com", "pt.lu", "internet.lu"],
  MC: ["gmail.com", "monaco.mc"],
};

/** E.164 mobile number prefix and how many random digits follow. */
export const PHONE_FORMATS: Record<Country, { prefix: string[]; digits: number }> = {
  FR: { prefix: ["+336", "+337"], digits: 8 },
  BE: { prefix: ["+32470", "+32475", "+32486", "+32496"], digits: 6 },
  CH: { prefix: ["+4176", "+4178", "+4179"], digits: 7 },
  LU: { prefix: ["+352621", "+352661", "+352691"], digits: 6 },
  MC: { prefix: ["+3776"], digits: 7 },
};

/** The street line as written in each country ("12 rue X" in France, "Rue X 12" in Belgium/Switzerland). */
export function streetLine(country: Country, street: string, number: number): string {
  if (country === "BE" || country === "CH") return `${street} ${number}`;
  if (country === "LU") return `${number}, ${street}`;
  return `${number} ${street}`;
}

export function asciiSlug(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
