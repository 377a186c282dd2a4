/**
 * Fictional but realistic names from several backgrounds, so tables and
 * search in the demo look like a real clinic list.
 */
import type { Sex } from '../diary/codes';
import type { Rng } from './random';

const FEMALE = [
  'Amara',
  'Beatriz',
  'Chloe',
  'Deborah',
  'Eleanor',
  'Fatima',
  'Grace',
  'Hana',
  'Ingrid',
  'Jasmine',
  'Katarzyna',
  'Leila',
  'Margaret',
  'Nadia',
  'Olivia',
  'Priya',
  'Rosa',
  'Sofia',
  'Tamsin',
  'Ursula',
  'Valentina',
  'Wanjiru',
  'Yasmin',
  'Zoe',
  'Aoife',
  'Brigitte',
  'Carmen',
  'Daniela',
  'Elif',
  'Freya',
] as const;

const MALE = [
  'Abdul',
  'Bernard',
  'Carlos',
  'Dmitri',
  'Emeka',
  'Felix',
  'George',
  'Hiroshi',
  'Ibrahim',
  'James',
  'Kwame',
  'Liam',
  'Mateo',
  'Niall',
  'Oscar',
  'Pavel',
  'Rahul',
  'Samuel',
  'Tomasz',
  'Umar',
  'Victor',
  'William',
  'Xavier',
  'Yusuf',
  'Arjun',
  'Bogdan',
  'Colm',
  'Diego',
  'Erik',
  'Frank',
] as const;

/** Names for patients who chose `other` or did not say. */
const NEUTRAL = ['Alex', 'Jordan', 'Sam', 'Robin', 'Kim', 'Charlie', 'Morgan', 'Ari'] as const;

// A prime count, so stepping through it by a fixed stride visits every name.
const LAST = [
  'Adeyemi',
  'Andersson',
  'Bailey',
  'Banerjee',
  'Byrne',
  'Castillo',
  'Chen',
  'Costa',
  'Dubois',
  'Dunne',
  'Eriksen',
  'Fernandes',
  'Fischer',
  'Gallagher',
  'Garcia',
  'Haddad',
  'Hughes',
  'Ivanova',
  'Jansen',
  'Kaur',
  'Kowalski',
  'Lambert',
  'Larsen',
  'Lopez',
  'MacLeod',
  'Mensah',
  'Moreau',
  'Murphy',
  'Nakamura',
  'Nguyen',
  'Novak',
  'Okafor',
  'Olsen',
  'Osei',
  'Patel',
  'Petrov',
  'Quinn',
  'Ramirez',
  'Reid',
  'Rossi',
  'Santos',
  'Schmidt',
  'Shah',
  'Silva',
  'Singh',
  'Sokolova',
  'Tanaka',
  'Thompson',
  'Varga',
  'Walsh',
  'Weber',
  'Williams',
  'Yilmaz',
  'Zielinski',
  'Abbott',
  'Brennan',
  'Cohen',
  'Doyle',
  'Esposito',
  'Keane',
  'Hall',
] as const;

function firstNames(sex: Sex | null): readonly string[] {
  if (sex === 'female') return FEMALE;
  if (sex === 'male') return MALE;
  return NEUTRAL;
}

/** A random full name suited to the patient's recorded sex. */
export function drawName(rng: Rng, sex: Sex | null): string {
  return `${rng.pick(firstNames(sex))} ${rng.pick(LAST)}`;
}

/**
 * The name for cast member `index`: surnames step through the list by a stride
 * coprime with its length, so the first LAST.length patients never share a
 * full name (the demo's search and table look wrong with duplicates).
 */
export function castName(index: number, sex: Sex | null, offset: number): string {
  const first = firstNames(sex);
  const given = first[(index * 7 + offset) % first.length] as string;
  const family = LAST[(index * 11 + offset) % LAST.length] as string;
  return `${given} ${family}`;
}
