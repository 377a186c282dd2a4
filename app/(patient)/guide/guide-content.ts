/**
 * The self-care guide's words, kept apart from its layout. Written for this
 * app in plain language (reading age about 11); it never diagnoses.
 */
export const DURING_A_CRAMP = [
  'Straighten the leg and gently pull your toes up towards your knee, using your hand or a towel looped round your foot.',
  'Or stand up, hold on to something steady, and put your weight on the sore leg.',
  'Rub the tight muscle firmly with your hands.',
  'Warmth can help: a warm shower, a heat pad or a warm towel. Once the worst has passed, some people like a wrapped ice pack instead.',
  'When it eases, walk around for a minute before you lie down again.',
];

export const DAILY_HABITS: Array<{ title: string; text: string }> = [
  {
    title: 'Drink through the day',
    text: 'Sip water often, and a little more when it is hot or you have been active.',
  },
  { title: 'Stretch your calves twice a day', text: 'Slow, steady stretches, morning and evening. Never bounce.' },
  {
    title: 'Keep moving',
    text: 'If you sit or stand for a long time, take a short walk or move your feet every hour.',
  },
  { title: 'Wear comfortable shoes', text: 'Shoes with good support and a low heel let the calf relax.' },
  {
    title: 'Ask about your medicines',
    text: 'Some tablets and inhalers can cause cramps. Ask your doctor or pharmacist; do not stop a medicine on your own.',
  },
  {
    title: 'Look after long-term conditions',
    text: 'Keeping blood sugar and blood pressure steady, and not smoking, protects the blood vessels and nerves in your legs.',
  },
];

export const BEDTIME_ROUTINE: Array<{ step: string; how: string; time: string }> = [
  {
    step: 'Wall stretch',
    how: 'Face a wall with one foot behind the other. Keep the back leg straight and its heel down, then lean in until you feel a pull in the calf.',
    time: '20–30 seconds, 2–3 times each leg',
  },
  {
    step: 'Towel stretch',
    how: 'Sit with your legs out straight. Loop a towel round the ball of one foot and gently pull your toes towards you.',
    time: '20–30 seconds, 2–3 times each leg',
  },
  {
    step: 'Ankle circles',
    how: 'Sitting or lying down, slowly draw circles with each foot, one way and then the other.',
    time: '1–2 minutes',
  },
  {
    step: 'Calf rub',
    how: 'With your hands, stroke up the calf from ankle to knee with light to firm pressure.',
    time: '2–3 minutes each leg',
  },
  {
    step: 'Loose covers',
    how: 'Do not tuck the sheets tightly over your feet, so your toes are not pushed down all night.',
    time: 'When you make the bed',
  },
];

export const SLEEP_POSITIONS = [
  'Many people are comfortable with the head a little raised and the knees slightly bent.',
  'On your side, a pillow between the knees keeps the hips and back in line.',
  'If you have narrowed leg arteries, sitting on the edge of the bed with your legs hanging down can ease pain at rest. Tell your clinic if you need to do this.',
  'If a specialist has told you to avoid a position, follow their advice.',
];

/** When to get help, by how fast. Mirrors the warning-sign rules, in the patient's words. */
export const WHEN_TO_GET_HELP: Array<{ tier: 'emergency' | 'urgent' | 'soon'; title: string; signs: string[] }> = [
  {
    tier: 'emergency',
    title: 'Call emergency services now',
    signs: [
      'Chest pain, trouble breathing, coughing up blood, or fainting',
      'Sudden, very bad leg pain with a swollen calf',
      'A leg or foot that turns cold, pale or blue',
      'Numbness around your bottom or groin, or a new problem controlling pee or poo',
      'A sore that will not heal together with a fever',
    ],
  },
  {
    tier: 'urgent',
    title: 'Contact a doctor or urgent care today',
    signs: [
      'One calf that is swollen, warm, red or sore to touch',
      'Leg pain at rest that is worse lying flat and better with the legs hanging down',
      'A cramp that lasts more than 10 minutes and nothing helps',
      'A foot that feels weak or is hard to move',
      'A slow-healing foot sore if you have diabetes',
    ],
  },
  {
    tier: 'soon',
    title: 'Book an appointment with your clinic',
    signs: [
      'Night calf pain that keeps coming back several times a week',
      'Calf pain when you walk a short way that eases when you stop',
      'Skin on the legs turning shiny, pale or dark, or sores that heal slowly',
      'Numbness or tingling in the legs or feet',
      'Pain that is very bad or getting worse',
    ],
  },
];
