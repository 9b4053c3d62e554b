// Attendance straight from the names as the page lists them: the clerk pastes the PRESENT list (or the apologies),
// one name a line or "Mr A, Mrs B and Dr C", and each is recorded present (or as sending apologies) — as the
// committee's member of that name when there is one, else by the name as written. Names already recorded so are
// left as they are, so pasting the list again records nothing twice.

import { el, sendCommand } from './forms.js';
import { samePerson } from './people.js';

/** What a list adds to a name that is not part of it: "(in the Chair)", "(Chairman)", a closing full stop. */
const ASIDE = /\s*\((?:in the chair|chair(?:man)?|vice[- ]chair(?:man)?)\)\s*$/i;

/** The names of a pasted list, as written, one each. */
export function namesOf(text) {
  return text.split(/\n|,|;|\s+and\s+/)
    .map((name) => name.trim().replace(/^(?:present|apologies(?: for absence)?(?: were received from)?)\s*:?\s*/i, '')
      .replace(ASIDE, '').replace(/\.$/, '').trim())
    .filter((name) => name.length > 0 && /[A-Za-z]/.test(name));
}

export class NamesPaste {
  constructor(context, state, done) {
    this.context = context;
    this.state = state;
    this.done = done;
    this.element = this.draw();
  }

  draw() {
    this.text = el('textarea', { id: 'names-paste-text', rows: 6, 'aria-describedby': 'names-paste-hint' });
    this.said = el('p', { id: 'names-paste-said', role: 'status' });
    return el('details', { class: 'command', id: 'names-paste' },
      el('summary', { text: 'Paste the names as the page lists them' }),
      el('div', { class: 'field' },
        el('label', { for: 'names-paste-text', text: 'Names, one a line or apart by commas and “and”' }),
        el('p', { class: 'hint', id: 'names-paste-hint', text: 'A committee member is found by name; anyone else is recorded by the name as written.' }),
        this.text),
      el('div', { class: 'actions' },
        el('button', { type: 'button', text: 'Record them present', onclick: () => this.record('members') }),
        el('button', { type: 'button', class: 'secondary', text: 'Record their apologies', onclick: () => this.record('apologies') })),
      this.said);
  }

  async record(kind) {
    const state = this.state();
    const members = this.context.people();
    const template = `/api/meetings/{meetingId}/attendance/${kind}`;
    const path = template.replace('{meetingId}', encodeURIComponent(state.record.meetingId));
    const wanted = kind === 'members' ? 'present' : 'apologies';
    let version = null;
    let recorded = 0;
    for (const name of namesOf(this.text.value)) {
      const member = members.find((known) => samePerson(known, { name })) ?? { name };
      if (state.record.attendance.some((fact) => fact.fact === wanted && samePerson(fact.member, member))) continue;
      const answer = await sendCommand(this.context, 'POST', { path: template }, path, { member }, { key: null });
      if (!answer.ok) {
        this.said.textContent = `${name} was not recorded: ${answer.problem.detail}`;
        await this.done(version);
        return;
      }
      version = answer.body.version;
      recorded++;
      await this.context.recordedVersion(version);
    }
    this.said.textContent = `${recorded} recorded ${kind === 'members' ? 'present' : 'as sending apologies'}.`;
    this.text.value = '';
    await this.done(version);
  }
}
