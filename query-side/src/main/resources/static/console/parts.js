// A decision pasted as the minutes give it: "RESOLVED:" (or AGREED:) and its parts, lines wrapped at the page's
// width. Each line opening with a label ("a)", "(i)", "2.") starts a part, its label kept; a line without one
// goes on with the part before it, unless a blank line came between (then it is a part of its own, unlabelled).

/** A point's or a part's label as the minutes write it: "i)", "(a)", "b)", "1." (kept with its words). */
export const LABEL = /^(\((?:[ivxlc]+|[a-z]|\d{1,2})\)|(?:[ivxlc]+|[a-z]|\d{1,2})[).])\s+/i;

/** "RESOLVED:", "RESOLVED –", "AGREED:", alone or opening the first line. */
const FORM = /^(RESOLVED|AGREED)\b\s*[:\-–—]?\s*/;

/** The decision's form when the text names one (else null), and its parts with their labels as written. */
export function partsOf(text) {
  let form = null;
  const parts = [];
  let open = false;
  for (const raw of text.split('\n')) {
    let line = raw.trim();
    if (!parts.length && !form && FORM.test(line)) {
      form = FORM.exec(line)[1];
      line = line.replace(FORM, '');
    }
    if (!line) {
      open = false;
      continue;
    }
    const labelled = LABEL.exec(line);
    if (labelled) {
      parts.push({ label: labelled[1], text: line.slice(labelled[0].length) });
    } else if (open) {
      parts[parts.length - 1].text += ' ' + line;
    } else {
      parts.push({ label: null, text: line });
    }
    open = true;
  }
  return { form, parts };
}
