/**
 * Relations are not roles. "his wife Grace", "Mr Eavis' daughter Emily", "son of the Texas oilman",
 * "his predecessor X": the noun says who a person is to someone else, so it is evidence that a
 * name is a person's, but kept as a role it states no post and loses whose wife it is. "his
 * Russian counterpart X" stays a role: it states the country the person serves.
 */
const RELATION_HEADS = new Set(
  `son daughter wife husband widow widower father mother brother sister grandson granddaughter grandfather
  grandmother nephew niece uncle aunt cousin stepson stepdaughter stepfather stepmother fiance fiancee
  girlfriend boyfriend sister-in-law brother-in-law son-in-law daughter-in-law father-in-law mother-in-law
  successor predecessor`.split(/\s+/),
);

const COMPLEMENT_START = new Set(['of', 'to', 'for', 'at', 'in', 'with', 'from']);

/** Whether a role's head noun is a relation: "wife", "Cheadle's wife", "son of the Texas oilman". */
export function isRelationRole(role: string): boolean {
  const words = role.toLowerCase().split(/\s+/);
  const complement = words.findIndex((word, index) => index > 0 && COMPLEMENT_START.has(word));
  const head = (complement > 0 ? words[complement - 1] : words[words.length - 1])!.replace(/['\u2019]s?$/, '');
  return RELATION_HEADS.has(head);
}
