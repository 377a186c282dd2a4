/** The demo sign-ins as `npm run demo` prints them (README.md, "Demo accounts"). */
export const DEMO_ACCOUNTS_TABLE = [
  '  admin@example.org       admin',
  '  clinician@example.org   clinician (care team includes patient@example.org)',
  '  clinician2@example.org  clinician (the other half of the patients)',
  '  patient@example.org     patient (about 60 nights, mostly simple cramps)',
  '  patient2@example.org    patient (on clinician2’s team only)',
  '  patient003@example.org … patient046@example.org (045 stretches, 046 drinks too little on some days: see /diary/insights)',
].join('\n');
