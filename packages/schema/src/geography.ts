/**
 * French regions and departments (INSEE codes, 2016 map), reference data shared by API and SPA.
 */
export interface Region {
  code: string;
  name: string;
}
export interface Department {
  code: string;
  name: string;
  regionCode: string;
}

export const regions: readonly Region[] = [
  { code: "01", name: "Guadeloupe" },
  { code: "02", name: "Martinique" },
  { code: "03", name: "Guyane" },
  { code: "04", name: "La Réunion" },
  { code: "06", name: "Mayotte" },
  { code: "11", name: "Île-de-France" },
  { code: "24", name: "Centre-Val de Loire" },
  { code: "27", name: "Bourgogne-Franche-Comté" },
  { code: "28", name: "Normandie" },
  { code: "32", name: "Hauts-de-France" },
  { code: "44", name: "Grand Est" },
  { code: "52", name: "Pays de la Loire" },
  { code: "53", name: "Bretagne" },
  { code: "75", name: "Nouvelle-Aquitaine" },
  { code: "76", name: "Occitanie" },
  { code: "84", name: "Auvergne-Rhône-Alpes" },
  { code: "93", name: "Provence-Alpes-Côte d'Azur" },
  { code: "94", name: "Corse" },
];

export const departments: readonly Department[] = [
  { code: "01", name: "Ain", regionCode: "84" },
  { code: "02", name: "Aisne", regionCode: "32" },
  { code: "03", name: "Allier", regionCode: "84" },
  { code: "04", name: "Alpes-de-Haute-Provence", regionCode: "93" },
  { code: "05", name: "Hautes-Alpes", regionCode: "93" },
  { code: "06", name: "Alpes-Maritimes", regionCode: "93" },
  { code: "07", name: "Ardèche", regionCode: "84" },
  { code: "08", name: "Ardennes", regionCode: "44" },
  { code: "09", name: "Ariège", regionCode: "76" },
  { code: "10", name: "Aube", regionCode: "44" },
  { code: "11", name: "Aude", regionCode: "76" },
  { code: "12", name: "Aveyron", regionCode: "76" },
  { code: "13", name: "Bouches-du-Rhône", regionCode: "93" },
  { code: "14", name: "Calvados", regionCode: "28" },
  { code: "15", name: "Cantal", regionCode: "84" },
  { code: "16", name: "Charente", regionCode: "75" },
  { code: "17", name: "Charente-Maritime", regionCode: "75" },
  { code: "18", name: "Cher", regionCode: "24" },
  { code: "19", name: "Corrèze", regionCode: "75" },
  { code: "2A", name: "Corse-du-Sud", regionCode: "94" },
  { code: "2B", name: "Haute-Corse", regionCode: "94" },
  { code: "21", name: "Côte-d'Or", regionCode: "27" },
  { code: "22", name: "Côtes-d'Armor", regionCode: "53" },
  { code: "23", name: "Creuse", regionCode: "75" },
  { code: "24", name: "Dordogne", regionCode: "75" },
  { code: "25", name: "Doubs", regionCode: "27" },
  { code: "26", name: "Drôme", regionCode: "84" },
  { code: "27", name: "Eure", regionCode: "28" },
  { code: "28", name: "Eure-et-Loir", regionCode: "24" },
  { code: "29", name: "Finistère", regionCode: "53" },
  { code: "30", name: "Gard", regionCode: "76" },
  { code: "31", name: "Haute-Garonne", regionCode: "76" },
  { code: "32", name: "Gers", regionCode: "76" },
  { code: "33", name: "Gironde", regionCode: "75" },
  { code: "34", name: "Hérault", regionCode: "76" },
  { code: "35", name: "Ille-et-Vilaine", regionCode: "53" },
  { code: "36", name: "Indre", regionCode: "24" },
  { code: "37", name: "Indre-et-Loire", regionCode: "24" },
  { code: "38", name: "Isère", regionCode: "84" },
  { code: "39", name: "Jura", regionCode: "27" },
  { code: "40", name: "Landes", regionCode: "75" },
  { code: "41", name: "Loir-et-Cher", regionCode: "24" },
  { code: "42", name: "Loire", regionCode: "84" },
  { code: "43", name: "Haute-Loire", regionCode: "84" },
  { code: "44", name: "Loire-Atlantique", regionCode: "52" },
  { code: "45", name: "Loiret", regionCode: "24" },
  { code: "46", name: "Lot", regionCode: "76" },
  { code: "47", name: "Lot-et-Garonne", regionCode: "75" },
  { code: "48", name: "Lozère", regionCode: "76" },
  { code: "49", name: "Maine-et-Loire", regionCode: "52" },
  { code: "50", name: "Manche", regionCode: "28" },
  { code: "51", name: "Marne", regionCode: "44" },
  { code: "52", name: "Haute-Marne", regionCode: "44" },
  { code: "53", name: "Mayenne", regionCode: "52" },
  { code: "54", name: "Meurthe-et-Moselle", regionCode: "44" },
  { code: "55", name: "Meuse", regionCode: "44" },
  { code: "56", name: "Morbihan", regionCode: "53" },
  { code: "57", name: "Moselle", regionCode: "44" },
  { code: "58", name: "Nièvre", regionCode: "27" },
  { code: "59", name: "Nord", regionCode: "32" },
  { code: "60", name: "Oise", regionCode: "32" },
  { code: "61", name: "Orne", regionCode: "28" },
  { code: "62", name: "Pas-de-Calais", regionCode: "32" },
  { code: "63", name: "Puy-de-Dôme", regionCode: "84" },
  { code: "64", name: "Pyrénées-Atlantiques", regionCode: "75" },
  { code: "65", name: "Hautes-Pyrénées", regionCode: "76" },
  { code: "66", name: "Pyrénées-Orientales", regionCode: "76" },
  { code: "67", name: "Bas-Rhin", regionCode: "44" },
  { code: "68", name: "Haut-Rhin", regionCode: "44" },
  { code: "69", name: "Rhône", regionCode: "84" },
  { code: "70", name: "Haute-Saône", regionCode: "27" },
  { code: "71", name: "Saône-et-Loire", regionCode: "27" },
  { code: "72", name: "Sarthe", regionCode: "52" },
  { code: "73", name: "Savoie", regionCode: "84" },
  { code: "74", name: "Haute-Savoie", regionCode: "84" },
  { code: "75", name: "Paris", regionCode: "11" },
  { code: "76", name: "Seine-Maritime", regionCode: "28" },
  { code: "77", name: "Seine-et-Marne", regionCode: "11" },
  { code: "78", name: "Yvelines", regionCode: "11" },
  { code: "79", name: "Deux-Sèvres", regionCode: "75" },
  { code: "80", name: "Somme", regionCode: "32" },
  { code: "81", name: "Tarn", regionCode: "76" },
  { code: "82", name: "Tarn-et-Garonne", regionCode: "76" },
  { code: "83", name: "Var", regionCode: "93" },
  { code: "84", name: "Vaucluse", regionCode: "93" },
  { code: "85", name: "Vendée", regionCode: "52" },
  { code: "86", name: "Vienne", regionCode: "75" },
  { code: "87", name: "Haute-Vienne", regionCode: "75" },
  { code: "88", name: "Vosges", regionCode: "44" },
  { code: "89", name: "Yonne", regionCode: "27" },
  { code: "90", name: "Territoire de Belfort", regionCode: "27" },
  { code: "91", name: "Essonne", regionCode: "11" },
  { code: "92", name: "Hauts-de-Seine", regionCode: "11" },
  { code: "93", name: "Seine-Saint-Denis", regionCode: "11" },
  { code: "94", name: "Val-de-Marne", regionCode: "11" },
  { code: "95", name: "Val-d'Oise", regionCode: "11" },
  { code: "971", name: "Guadeloupe", regionCode: "01" },
  { code: "972", name: "Martinique", regionCode: "02" },
  { code: "973", name: "Guyane", regionCode: "03" },
  { code: "974", name: "La Réunion", regionCode: "04" },
  { code: "976", name: "Mayotte", regionCode: "06" },
];

const departmentByCode = new Map(departments.map((d) => [d.code, d]));
const regionByCode = new Map(regions.map((r) => [r.code, r]));

export function findDepartment(code: string): Department | undefined {
  return departmentByCode.get(code);
}

export function findRegion(code: string): Region | undefined {
  return regionByCode.get(code);
}

/**
 * Department of a French postal code: its first two digits, three overseas (97x), and Corsica's
 * 20xxx split between 2A (20000–20199) and 2B (20200–20699). A few La Poste codes straddle a
 * border; they are rare enough that the SPA lets staff pick the department and we check this rule.
 */
export function departmentOfPostalCode(postalCode: string): Department | undefined {
  if (!/^\d{5}$/.test(postalCode)) return undefined;
  if (postalCode.startsWith("97")) return departmentByCode.get(postalCode.slice(0, 3));
  if (postalCode.startsWith("20")) return departmentByCode.get(Number(postalCode) < 20200 ? "2A" : "2B");
  return departmentByCode.get(postalCode.slice(0, 2));
}
