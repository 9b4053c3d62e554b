// "The same person", as the record means it everywhere: Person.sameAs in the event contract, here for the console,
// which must find a member's attendance as the rules and read models find it. The same id when both mentions have
// one; otherwise the same name as written, case and spacing aside; and, when neither names anyone, the same office.
// A name and a bare office ("the Chair") are never the same person: the page does not say so. ClerksConsoleInABrowserIT
// holds this to Person.sameAs, case by case.

export function samePerson(a, b) {
  if (!a || !b) return false;
  if (a.id != null && b.id != null) return a.id === b.id;
  if (a.name != null && b.name != null) return normal(a.name) === normal(b.name);
  if (a.name == null && b.name == null && a.role != null && b.role != null) return normal(a.role) === normal(b.role);
  return false;
}

// As Java's String.strip, replaceAll("\\s+", " ") and toLowerCase(Locale.ROOT): its whitespace, not JavaScript's
// wider \s (a no-break space is part of a name to both).
const WHITESPACE = '[\\t\\n\\u000B\\f\\r\\u001C-\\u001F \\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000]';
const STRIPPED = new RegExp(`^${WHITESPACE}+|${WHITESPACE}+$`, 'g');
const SPACING = /[ \t\n\u000B\f\r]+/g;

function normal(text) {
  return text.replace(STRIPPED, '').replace(SPACING, ' ').toLowerCase();
}
