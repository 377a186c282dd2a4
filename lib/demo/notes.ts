/**
 * Short free-text notes patients might jot down, by situation. Kept plain and
 * first-person because that is how diary notes read in practice.
 */

/**
 * Notes for nights without pain. Notes avoid claiming what the day's checkboxes
 * record (exercise, water, stretching), so the two can never contradict.
 */
export const QUIET_NOTES = [
  'Slept right through.',
  'Good night, no trouble with my legs.',
  'Legs felt fine all night.',
  'Woke once for the bathroom, legs were fine.',
  'Quiet night.',
  'Late dinner, but no cramps.',
] as const;

/** Notes for simple cramp nights (benign, medicine-related). */
export const CRAMP_NOTES = [
  'Woke with my calf rock hard, stood on it until it let go.',
  'Cramp hit around 3am. Still a bit sore this morning.',
  'Toes curled under and the calf locked up.',
  'Pulled my toes up with a towel and it eased.',
  'Sore enough afterwards that I limped to the kitchen.',
  'Short one, rubbed it out in a couple of minutes.',
  'Calf still tender after breakfast.',
] as const;

/** Notes that point at a medicine as the suspected trigger. */
export const MEDICINE_NOTES = [
  'Cramps seem worse since the new tablets.',
  'Asked the pharmacist whether my pills can cause this.',
  'Two cramps tonight, both in the same calf.',
] as const;

/** Restless-legs nights: urge to move, hard to settle. */
export const RESTLESS_NOTES = [
  'Could not keep my legs still, walked around the kitchen.',
  'Creepy crawly feeling again as soon as I lay down.',
  'Took ages to fall asleep, kept having to move my legs.',
  'Better after walking up and down the hall for a while.',
  'Partner says I was kicking in my sleep.',
] as const;

/** Rest pain from poor circulation. */
export const REST_PAIN_NOTES = [
  'Ended up sleeping in the armchair with my feet down.',
  'Hung my leg over the side of the bed, that helped a little.',
  'Foot felt cold and achy when I was lying flat.',
  'The sore on my toe is still not healing.',
  'Pain eased once I sat up.',
] as const;

/** Claudication: walking pain showing up at night too. */
export const CLAUDICATION_NOTES = [
  'Had to stop twice on the walk to the shops.',
  'Calf tight after walking the dog, ached at night.',
  'Walking is getting harder, the calf tightens quickly.',
  'Rested on a bench and the pain went, came back later in bed.',
] as const;

/** Nerve-type pain. */
export const NERVE_NOTES = [
  'Burning in the soles again, down into the calf.',
  'Pins and needles kept me up.',
  'Shooting pain down the back of the leg when I turned over.',
  'Feet numb in the morning.',
  'Sheets touching my feet felt awful.',
] as const;

/** The first nights of a suspected clot. */
export const CLOT_NOTES = [
  'One calf looks bigger than the other and feels warm.',
  'Calf hurts when I press on it, even lying still.',
  'Since the operation I have mostly been in bed, now the calf is swollen.',
  'Going to call the GP in the morning about the swelling.',
  'Calf is red and sore to touch.',
] as const;

/** Pregnancy cramps. */
export const PREGNANCY_NOTES = [
  'Baby kicking and then my calf cramped.',
  'Midwife suggested stretching before bed.',
  'Two cramps tonight, the second one was worse.',
  'Feet a bit puffy at the end of the day.',
  'Stood on the cold floor and it passed.',
] as const;
