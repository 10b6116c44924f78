/**
 * Section headings of ITU resolutions: the preambular participles (`considering`, `recognizing
 * further`, `taking into account` …) and the operative verbs (`resolves`, `instructs the Director …`,
 * `invites Member States` …). A heading stands alone on its line and does not end like a sentence:
 * `to submit contributions to CWG-Internet,` under `invites Member States` is a clause, not a heading,
 * because it neither starts with a heading word nor lacks final punctuation.
 */

const PREAMBULAR = [
  'considering',
  'recognizing',
  'recognising',
  'recalling',
  'noting',
  'taking into account',
  'taking into consideration',
  'bearing in mind',
  'having regard to',
  'having considered',
  'mindful',
  'aware',
  'emphasizing',
  'emphasising',
  'acknowledging',
  'observing',
  'welcoming',
  'convinced',
  'concerned',
  'reaffirming',
  'stressing',
  'expressing',
  'further considering',
  'further recognizing',
  'further noting',
  'in view of',
  'underlining',
  'highlighting',
];

const OPERATIVE = [
  'resolves',
  'decides',
  'instructs',
  'invites',
  'requests',
  'encourages',
  'urges',
  'calls upon',
  'appeals',
  'recommends',
  'approves',
  'endorses',
  'further resolves',
  'also resolves',
  'charges',
  'calls on',
  'expresses',
];

const QUALIFIERS = ['further', 'also', 'in addition', 'moreover'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = [...PREAMBULAR, ...OPERATIVE]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
const HEADING = new RegExp(`^(?:${words})(?:\\s+(?:${QUALIFIERS.join('|')}))?(?=$|\\s)`, 'i');

/** Headings are short; anything longer is prose that happens to start with a heading word. */
const MAX_HEADING_LENGTH = 160;

/** Whether a (trimmed, folded) line is a section heading. */
export function isHeading(line: string): boolean {
  if (line.length === 0 || line.length > MAX_HEADING_LENGTH) return false;
  if (/[,;:.]$/.test(line)) return false;
  if (!/^[a-z]/.test(line)) return false;
  return HEADING.test(line);
}

/** Whether a heading opens the operative part (resolves, instructs, invites …). */
export function isOperative(heading: string): boolean {
  const lower = heading.toLowerCase();
  return OPERATIVE.some((verb) => lower === verb || lower.startsWith(`${verb} `));
}
