/**
 * What a /who question is about, from the ways people type it: "who is X", "who's the Iraqi
 * president", "tell me about X", "who heads the union" (the head of the union), "who chairs X".
 */
const LEAD_INS =
  /^(?:(?:who|what)(?:\s+(?:is|was|are|were)|['\u2019]s)\s+|tell\s+me\s+about\s+|(?:information|info)\s+(?:on|about)\s+)/i;

// "who heads X" asks for the holder of the role the verb names.
const ROLE_VERBS: Record<string, string> = {
  heads: 'head',
  headed: 'head',
  chairs: 'chairman',
  chaired: 'chairman',
  runs: 'head',
  ran: 'head',
  leads: 'leader',
  led: 'leader',
  founded: 'founder',
  directs: 'director',
  directed: 'director',
  owns: 'owner',
  owned: 'owner',
  coaches: 'coach',
  manages: 'manager',
  managed: 'manager',
  edits: 'editor',
  edited: 'editor',
  governs: 'governor',
  represents: 'representative',
};
const ROLE_VERB = new RegExp(`^who\\s+(?:now\\s+|currently\\s+)?(${Object.keys(ROLE_VERBS).join('|')})\\s+(.+)$`, 'i');

/** The person or role a /who question names, without its question words. */
export function parseWhoQuestion(question: string): string {
  const text = question
    .trim()
    .replace(/[?!.]+$/, '')
    .trim();
  const roleVerb = ROLE_VERB.exec(text);
  if (roleVerb) return `${ROLE_VERBS[roleVerb[1]!.toLowerCase()]} of ${roleVerb[2]!.trim()}`;
  return text.replace(LEAD_INS, '').trim() || text;
}
