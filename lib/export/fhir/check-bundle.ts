import { UUID_PATTERN } from '../../validation/ids';

/**
 * A structural check of a collection Bundle, for tests and the benchmark:
 * every entry has a `urn:uuid:` fullUrl matching its resource id, each
 * resource carries the elements FHIR R4 requires of its type, and every
 * `reference` inside the bundle resolves to one of its entries. Returns the
 * problems found (none means valid as far as this check goes).
 */
export function checkBundle(bundle: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(bundle) || bundle.resourceType !== 'Bundle') return ['not a Bundle'];
  if (bundle.type !== 'collection') problems.push(`Bundle.type is ${String(bundle.type)}, not collection`);
  if (typeof bundle.timestamp !== 'string') problems.push('Bundle.timestamp is missing');
  if (!Array.isArray(bundle.entry)) return [...problems, 'Bundle.entry is missing'];

  const fullUrls = new Set<string>();
  for (const [index, entry] of bundle.entry.entries()) {
    const where = `entry[${index}]`;
    if (!isObject(entry) || !isObject(entry.resource)) {
      problems.push(`${where} has no resource`);
      continue;
    }
    const { resource } = entry;
    if (typeof entry.fullUrl !== 'string' || !UUID_URN.test(entry.fullUrl))
      problems.push(`${where}.fullUrl is not a urn:uuid`);
    else if (entry.fullUrl !== `urn:uuid:${String(resource.id)}`)
      problems.push(`${where}.fullUrl does not match its id`);
    else if (fullUrls.has(entry.fullUrl)) problems.push(`${where}.fullUrl ${entry.fullUrl} is repeated`);
    else fullUrls.add(entry.fullUrl);
    const type = String(resource.resourceType);
    for (const element of REQUIRED[type] ?? [`(unexpected resource type ${type})`]) {
      if (!hasElement(resource, element)) problems.push(`${where} ${type} lacks ${element}`);
    }
  }
  for (const reference of collectReferences(bundle.entry)) {
    if (!fullUrls.has(reference)) problems.push(`reference ${reference} does not resolve within the bundle`);
  }
  return problems;
}

/** `urn:uuid:` and a lower-case UUID (RFC 4122 URNs are written in lower case). */
const UUID_URN = new RegExp(`^urn:uuid:${UUID_PATTERN.source.slice(1)}`);

/** Elements with cardinality 1..1 or 1..* in R4 (value[x] written as its prefix). */
const REQUIRED: Record<string, string[]> = {
  Patient: [],
  QuestionnaireResponse: ['status'],
  Observation: ['status', 'code'],
  Flag: ['status', 'code', 'subject'],
  DetectedIssue: ['status'],
  Condition: ['subject'],
  MedicationStatement: ['status', 'medication', 'subject'],
};

function hasElement(resource: Record<string, unknown>, element: string): boolean {
  return Object.keys(resource).some(
    (key) => key === element || (key.startsWith(element) && /^[A-Z]/.test(key.slice(element.length))),
  );
}

function collectReferences(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => collectReferences(item, found));
  else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'reference' && typeof child === 'string') found.push(child);
      else collectReferences(child, found);
    }
  }
  return found;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
