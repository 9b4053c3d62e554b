// A fact of the record in one line, as the clerk reads it back in the console (the printable minutes, in the
// preview, are the record as published).

export function personName(person) {
  if (!person) return 'not stated';
  return [person.name, person.role ? `(${person.role})` : null].filter(Boolean).join(' ') || person.id;
}

const PEOPLE = ['member', 'person', 'substitute', 'officer', 'guest', 'askedBy', 'presentedBy', 'from', 'answeredBy'];
const WORDS = ['title', 'words', 'text', 'subject', 'description', 'preamble', 'reason', 'toBody', 'confirmedMeetingDate'];

export function describeFact(fact) {
  const kind = fact.fact.replaceAll('-', ' ');
  const bits = [];
  for (const key of PEOPLE) {
    const value = fact[key];
    if (value && !Array.isArray(value) && typeof value === 'object') bits.push(personName(value));
  }
  if (fact.forMember) bits.push(`for ${personName(fact.forMember)}`);
  if (fact.form) bits.push(fact.form.replaceAll('_', ' ').toLowerCase());
  for (const key of WORDS) {
    if (typeof fact[key] === 'string') bits.push(fact[key]);
  }
  if (Array.isArray(fact.blocks)) {
    bits.push(fact.blocks.map((block) => block.text ?? block.items.join('; ')).join(' '));
  }
  if (Array.isArray(fact.parts)) {
    bits.push(fact.parts.map((part) => [part.label, part.text].filter(Boolean).join(' ')).join(' '));
  }
  const said = bits.join(' — ');
  const shown = said.length > 220 ? said.slice(0, 217) + '…' : said;
  return `${kind.charAt(0).toUpperCase()}${kind.slice(1)}${shown ? ': ' + shown : ''}${fact.corrected ? ' (corrected)' : ''}`;
}
