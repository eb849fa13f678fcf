import { Random } from "./random.ts";

/**
 * Fictional officers: first names and surnames common in Minnesota, paired by a seeded shuffle (no
 * real person is meant), and five-digit POST license numbers. The same 60 people every day.
 */
const FIRST = [
  "Alex", "Jordan", "Morgan", "Taylor", "Casey", "Riley", "Jamie", "Avery", "Quinn", "Rowan", "Emerson", "Dakota",
  "Hayden", "Reese", "Skyler", "Parker", "Cameron", "Logan", "Elliot", "Finley", "Harper", "Sawyer", "Blake", "Drew",
  "Kendall", "Jesse", "Marisol", "Ingrid", "Tomas", "Nadia", "Kai", "Mai", "Abdi", "Leila", "Soren", "Greta",
  "Anders", "Maya", "Owen", "Lucia", "Hamza", "Chue", "Linnea", "Mateo", "Amina", "Erik", "Paj", "Diego",
  "Hodan", "Nils", "Tova", "Rafael", "Yer", "Cole", "Signe", "Ibrahim", "Astrid", "Joaquin", "Bao", "Wren",
  "Lars", "Fatima", "Mikkel", "Ximena",
];
const LAST = [
  "Lindqvist", "Halvorsen", "Bergstrom", "Nygaard", "Vang", "Xiong", "Nguyen", "Okafor", "Hassan", "Dahlberg", "Eklund", "Martinez",
  "Thorson", "Kowalski", "Brekke", "Sandoval", "Lundgren", "Haugen", "Moua", "Osei", "Fischer", "Amundson", "Rivera", "Solberg",
  "Hedlund", "Jama", "Carlsen", "Strand", "Ruiz", "Engstrom", "Varga", "Pham", "Bakke", "Holm", "Quist", "Aasen",
  "Her", "Warsame", "Gutierrez", "Tran", "Sorensen", "Lor", "Mohamed", "Kraus", "Ostrowski", "Vue", "Farah", "Hagen",
  "Iverson", "Rud", "Ortega", "Yang", "Becker", "Ness", "Ali", "Torkelson", "Salazar", "Duong", "Brandvold", "Kjos",
  "Meyer", "Abdullahi", "Voss", "Lund",
];

export interface Person {
  firstName: string;
  lastName: string;
  postLicense: string;
}

export function demoPeople(count: number): Person[] {
  const rnd = new Random(626_8482);
  const first = rnd.shuffle(FIRST);
  const last = rnd.shuffle(LAST);
  if (count > first.length || count > last.length) throw new RangeError(`at most ${Math.min(first.length, last.length)} demo people`);
  const licenses = new Set<number>();
  while (licenses.size < count) licenses.add(rnd.int(10_000, 49_999));
  const numbers = [...licenses];
  return Array.from({ length: count }, (_, i) => ({ firstName: first[i] ?? "", lastName: last[i] ?? "", postLicense: String(numbers[i]) }));
}
