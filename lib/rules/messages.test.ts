import { describe, expect, it } from 'vitest';
import { RULE_CATALOG, RULE_IDS } from './catalog';
import { TIER_INSTRUCTIONS, patientMessage } from './messages';
import { TIERS } from './tiers';

/** Words that would turn a patient message into a diagnosis. */
const DIAGNOSIS_WORDS = [
  'thrombosis',
  'dvt',
  'ischaemia',
  'ischemia',
  'embolism',
  'cauda',
  'equina',
  'sepsis',
  'clot',
  'ulcer',
  'infection',
  'neuropathy',
  'claudication',
  'compartment',
  'artery disease',
  'restless legs syndrome',
];

const everyMessage = RULE_IDS.flatMap((id) => TIERS.map((tier) => ({ id, tier, text: patientMessage(id, tier) })));

describe('patient messages', () => {
  it.each(RULE_IDS)('%s has a hint and a message at its own tier', (id) => {
    const { baseTier, patientHint } = RULE_CATALOG[id];
    const message = patientMessage(id, baseTier);
    expect(message.startsWith(patientHint)).toBe(true);
    expect(message).toContain(TIER_INSTRUCTIONS[baseTier].action);
  });

  it('emergency messages send the patient to emergency services now', () => {
    const message = patientMessage('emergency-chest-or-breathing', 'emergency');
    expect(message).toMatch(/call emergency services now/i);
    expect(message).toMatch(/local emergency number/i);
    expect(message).toMatch(/do not wait/i);
  });

  it.each([
    ['urgent', /doctor or an urgent care service today/],
    ['soon', /book an appointment with your clinic/],
    ['routine', /next visit/],
  ] as const)('%s messages say what to do', (tier, pattern) => {
    expect(patientMessage('soon-claudication', tier)).toMatch(pattern);
  });

  it('a raised tier changes the instruction', () => {
    expect(patientMessage('soon-claudication', 'urgent')).toContain(TIER_INSTRUCTIONS.urgent.action);
    expect(patientMessage('soon-claudication', 'urgent')).not.toContain(TIER_INSTRUCTIONS.soon.action);
  });

  it.each(DIAGNOSIS_WORDS)('no patient text mentions "%s"', (word) => {
    const texts = [
      ...everyMessage.map((m) => m.text),
      ...Object.values(TIER_INSTRUCTIONS).flatMap((t) => [t.heading, t.action]),
    ];
    for (const text of texts) expect(text.toLowerCase()).not.toContain(word);
  });

  it.each(RULE_IDS)('%s hint is short and plain (one sentence, at most 20 words)', (id) => {
    const hint = RULE_CATALOG[id].patientHint;
    expect(hint.split(/\s+/).length).toBeLessThanOrEqual(20);
    expect(hint.match(/[.!?]/g)).toHaveLength(1);
  });
});
