// The agenda pasted at once: the clerk pastes the agenda (or the minutes, whose items are numbered the same way),
// the console shows the items it recognised — number and title — and adds them when the clerk confirms, one
// command each, as the form for one item would send it.

import { el, sendCommand } from './forms.js';

const NUMBER_ALONE = /^(\d{1,3}[a-z]?(?:\([a-z]+\))?)\.?$/i;
const NUMBER_AND_TITLE = /^(\d{1,3}[a-z]?(?:\([a-z]+\))?)[.)]?\s+(\S.*)$/i;
/** The most lines a title runs over before it ends with a full stop. */
const TITLE_LINES = 3;
/** An item numbered further on than this from the last is a number in the text ("Standing Order 35."), not an item. */
const LARGEST_STEP = 5;

/** The items of a pasted agenda, in order: each with its number as written and its title without the full stop. */
export function agendaOf(text) {
  const lines = text.split('\n').map((line) => line.trim());
  const items = [];
  let last = null;
  for (let i = 0; i < lines.length; i++) {
    const alone = NUMBER_ALONE.exec(lines[i]);
    const inLine = alone ? null : NUMBER_AND_TITLE.exec(lines[i]);
    const number = (alone || inLine)?.[1];
    if (!number || !followsOn(last, number)) continue;
    let { title, end: j } = titleAfter(lines, i, inLine ? [inLine[2]] : []);
    if (alone && title.length === TITLE_LINES && !endsTitle(title)) {
      // a printed page's other column read in beside the number (item 19 of 18 November 2020 sits amid the
      // PRESENT list): more lines than a title runs over, none ending a sentence; the title is the run after
      // them. A short title without a full stop ("Disclosure of Interests", then its agenda text) is kept.
      const blank = lines.indexOf('', i + 1 + lines.slice(i + 1).findIndex(Boolean));
      const after = blank < 0 ? null : titleAfter(lines, blank, []);
      if (after && endsTitle(after.title) && !NUMBER_ALONE.test(after.title[0]) && !NUMBER_AND_TITLE.test(after.title[0])) {
        ({ title, end: j } = after);
      }
    }
    if (!title.length) continue;
    // a ModernGov page copied as text names each document after its title ("Minutes. pdf icon PDF 243 KB")
    items.push({ number, title: title.join(' ').replace(/\.?\s*pdf icon PDF [\d.]+ [KM]B$/i, '').replace(/\.$/, '') });
    last = number;
    i = j;
  }
  return items;
}

/** The title's lines after line `from` (blank lines before it skipped), up to a full stop, a blank or the limit. */
function titleAfter(lines, from, title) {
  let end = from;
  while (!endsTitle(title) && title.length < TITLE_LINES && end + 1 < lines.length) {
    end++;
    if (lines[end]) title.push(lines[end]);
    else if (title.length) break;
  }
  return { title, end };
}

function endsTitle(title) {
  return title.length > 0 && /[.?]$/.test(title[title.length - 1]);
}

function followsOn(last, number) {
  if (last === null) return true;
  const step = parseInt(number, 10) - parseInt(last, 10);
  return step >= 0 && step <= LARGEST_STEP && number !== last;
}

/** An item's id read from its number, as the importer names items: item 19 is `item-19`, 2(a) `item-2a`. */
function itemId(number) {
  return 'item-' + number.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * The panel in the Items part: paste, read (the items recognised are listed for the clerk to check), then add them
 * all; a refusal stops there, saying which item and why, and the items already added stay added.
 */
export class AgendaPaste {
  constructor(context, command, done) {
    this.context = context;
    this.command = command;
    this.done = done;
    this.items = [];
    this.element = this.draw();
  }

  draw() {
    this.text = el('textarea', { id: 'agenda-paste-text', rows: 8, class: 'minute-text', 'aria-describedby': 'agenda-paste-hint' });
    this.found = el('ol', { id: 'agenda-paste-found', class: 'found-items' });
    this.said = el('p', { id: 'agenda-paste-said', role: 'status' });
    this.add = el('button', { type: 'button', hidden: true, onclick: () => this.record() });
    return el('details', { class: 'command', id: 'agenda-paste' },
      el('summary', { text: 'Paste the agenda (all its items at once)' }),
      el('div', { class: 'field' },
        el('label', { for: 'agenda-paste-text', text: 'The agenda, or the minutes, as the page gives them' }),
        el('p', { class: 'hint', id: 'agenda-paste-hint', text: 'Each item’s number and title are recognised (“19. Minutes.”, or the number on a line of its own); you check them before they are added.' }),
        this.text),
      el('div', { class: 'actions' }, el('button', { type: 'button', class: 'secondary', text: 'Read the items', onclick: () => this.read() })),
      this.said, this.found, el('div', { class: 'actions' }, this.add));
  }

  /** The items recognised, listed and put back in the box one a line, where the clerk mends any before adding. */
  read() {
    this.items = agendaOf(this.text.value);
    this.found.replaceChildren(...this.items.map((item) => el('li', { text: `${item.number}. ${item.title}` })));
    if (this.items.length) this.text.value = this.items.map((item) => `${item.number}. ${item.title}`).join('\n');
    this.said.textContent = this.items.length ? `${this.items.length} items recognised, listed below and one a line`
      + ' in the box: mend any there (then read them again), or add them.' : 'No numbered item was recognised.';
    this.add.hidden = !this.items.length;
    this.add.textContent = `Add these ${this.items.length} items to the agenda`;
    (this.items.length ? this.add : this.text).focus();
  }

  async record() {
    this.add.disabled = true;
    const path = this.command.path.replace('{meetingId}', encodeURIComponent(this.context.pathValue('meetingId')));
    let version = null;
    for (const [index, item] of this.items.entries()) {
      this.said.textContent = `Adding item ${item.number} (${index + 1} of ${this.items.length})…`;
      const holder = { key: null };
      const answer = await sendCommand(this.context, 'POST', this.command, path,
        { itemId: itemId(item.number), number: item.number, title: item.title }, holder);
      if (!answer.ok) {
        this.said.textContent = `Item ${item.number} was not added: ${answer.problem.detail}`;
        this.add.disabled = false;
        this.items = this.items.slice(index);
        await this.done(version);
        return;
      }
      version = answer.body.version;
      await this.context.recordedVersion(version);
    }
    this.said.textContent = `${this.items.length} items added to the agenda.`;
    this.items = [];
    this.add.hidden = true;
    this.add.disabled = false;
    this.found.replaceChildren();
    this.text.value = '';
    await this.done(version);
  }
}
