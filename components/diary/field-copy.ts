import type { Condition, Medicine, Pattern, Relief, Side, Symptom } from '@/lib/diary/codes';

/**
 * What the patient reads for each contract code: plain words, reading age
 * about 11, never a diagnosis. Exhaustive records so a new code cannot reach
 * the form without words.
 */
export interface Choice {
  label: string;
  hint?: string;
}

export const PATTERN_COPY: Record<Pattern, Choice> = {
  sudden_cramp: {
    label: 'Sudden cramp',
    hint: 'The calf locks into a hard, painful knot for seconds or minutes.',
  },
  restless_urge: {
    label: 'Restless, crawling feeling',
    hint: 'A creeping or fizzing feeling and a strong need to move; moving helps for a while.',
  },
  deep_ache_at_rest: {
    label: 'Deep ache while resting',
    hint: 'A dull, burning ache that is worse with legs flat and may ease when they hang down.',
  },
  post_exercise_tightness: {
    label: 'Tight after a busy day',
    hint: 'Stiff, tired calf muscles after exercise or a long time on your feet.',
  },
  nerve_burning_shooting: {
    label: 'Burning or shooting pain',
    hint: 'Burning, electric or shooting pain, sometimes with pins and needles down the leg.',
  },
  swollen_hot_calf: {
    label: 'Swollen, hot calf',
    hint: 'Steady pain in a calf that looks bigger, feels warm or is sore to touch.',
  },
  pregnancy_cramp: {
    label: 'Cramp while pregnant',
    hint: 'Sharp tightening of the calf during pregnancy, often at night.',
  },
};

export const RELIEF_COPY: Record<Relief, Choice> = {
  stretching: { label: 'Stretching the calf' },
  standing_walking: { label: 'Standing up or walking' },
  massage: { label: 'Rubbing or massage' },
  heat: { label: 'Warmth (shower, heat pad)' },
  cold: { label: 'Something cold (wrapped ice pack)' },
  dangling_legs: { label: 'Letting my legs hang off the bed' },
  moving_legs: { label: 'Moving or shaking my legs' },
  nothing_helped: { label: 'Nothing helped' },
};

export const SYMPTOM_COPY: Record<Symptom, Choice> = {
  calf_swelling: { label: 'My calf is swollen or bigger than usual' },
  calf_warmth: { label: 'My calf feels warm or hot' },
  calf_redness: { label: 'My calf looks red or darker' },
  calf_tenderness: { label: 'My calf hurts when pressed or when I walk' },
  sudden_severe_pain: { label: 'Sudden, very bad leg pain' },
  leg_cold_pale_blue: { label: 'My leg or foot is cold, pale or blue' },
  chest_pain: { label: 'Chest pain' },
  breathlessness: { label: 'Short of breath or trouble breathing' },
  coughing_blood: { label: 'Coughing up blood' },
  fainting: { label: 'Fainted or nearly fainted' },
  numbness: { label: 'Numbness in my leg or foot' },
  tingling: { label: 'Pins and needles or tingling' },
  foot_weakness: { label: 'My foot feels weak or is hard to move' },
  saddle_numbness_or_bladder_change: {
    label: 'Numb around my bottom or groin',
    hint: 'Or a new problem holding or passing pee or poo.',
  },
  pain_walking_eases_rest: { label: 'My calf hurts when I walk and eases when I stop' },
  worse_lying_flat: { label: 'The pain is worse when I lie flat' },
  slow_healing_sores: { label: 'A sore on my foot or leg is slow to heal' },
  skin_changes: { label: 'The skin on my leg looks shiny, pale or dark' },
  fever: { label: 'Fever, or feeling hot and shivery' },
};

/** The warning checklist in groups a tired reader can scan. */
export const SYMPTOM_GROUPS: Array<{ title: string; codes: Symptom[] }> = [
  {
    title: 'Your calf and leg',
    codes: [
      'calf_swelling',
      'calf_warmth',
      'calf_redness',
      'calf_tenderness',
      'sudden_severe_pain',
      'leg_cold_pale_blue',
    ],
  },
  { title: 'Chest and breathing', codes: ['chest_pain', 'breathlessness', 'coughing_blood', 'fainting'] },
  {
    title: 'Feeling and movement',
    codes: ['numbness', 'tingling', 'foot_weakness', 'saddle_numbness_or_bladder_change'],
  },
  {
    title: 'Other changes',
    codes: ['pain_walking_eases_rest', 'worse_lying_flat', 'slow_healing_sores', 'skin_changes', 'fever'],
  },
];

export const SIDE_COPY: Record<Side, string> = {
  left: 'Left leg',
  right: 'Right leg',
  both: 'Both legs',
  none: 'No pain or not sure',
};

export const SLEEP_QUALITY_COPY: Record<number, string> = {
  1: 'Very poor',
  2: 'Poor',
  3: 'OK',
  4: 'Good',
  5: 'Very good',
};

export const CONDITION_COPY: Record<Condition, Choice> = {
  diabetes: { label: 'Diabetes' },
  kidney_disease: { label: 'Kidney disease' },
  artery_disease: { label: 'Narrowed leg arteries', hint: 'Also called peripheral artery disease.' },
  back_problems: { label: 'Back or spine problems' },
  iron_deficiency: { label: 'Low iron' },
  previous_clot: { label: 'A blood clot in the past', hint: 'In a leg vein or in the lungs.' },
  active_cancer: { label: 'Cancer that is being treated now' },
};

export const MEDICINE_COPY: Record<Medicine, Choice> = {
  diuretic: { label: 'Water tablets', hint: 'Diuretics, such as furosemide.' },
  asthma_beta_agonist: { label: 'Asthma inhaler that opens the airways', hint: 'Such as salbutamol or salmeterol.' },
  statin: { label: 'Cholesterol tablets', hint: 'Statins, such as atorvastatin.' },
  calcium_channel_blocker: {
    label: 'Some blood pressure tablets',
    hint: 'Calcium channel blockers, such as amlodipine.',
  },
  other: { label: 'Another regular medicine' },
};
