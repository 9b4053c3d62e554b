// Correcting a fact: the fact's fields as recorded (read from the meeting's history, the event itself), the clerk
// changes what was wrong and says why; the signed-in clerk is the corrector unless they name another. A minute is
// edited as the minute's own text, a resolution's parts one a line, as their forms take them. Only the changed
// fields are sent; striking the fact out sends none. The record keeps both, and the reason.

import { PARTS, labelOf } from './catalogue.js';
import { CommandForm, blocksOf, el, textOf } from './forms.js';
import { describeFact } from './facts.js';

export class Correction {
  constructor(holder, context, state, operation) {
    this.holder = holder;
    this.context = context;
    this.state = state;
    this.operation = operation;
  }

  async open(fact) {
    const state = this.state();
    const history = await this.context.api.history(state.record.meetingId);
    if (!history.ok) {
      this.holder.replaceChildren(el('p', { class: 'form-problem', role: 'alert', text: history.problem.detail }));
      return;
    }
    const event = history.body.find((recorded) => recorded.sequenceNumber === fact.sequenceNumber);
    const command = { ...PARTS.correction, label: `Correct: ${describeFact(fact)}` };
    const corrector = state.me ? { name: state.me.displayName } : null;
    const form = new CommandForm(command, this.operation(command), state.components, this.context,
      { open: true, values: { correctsSequenceNumber: fact.sequenceNumber, correctedBy: corrector },
        extra: new Replacement(event.data) });
    // the fact is named in the form's heading: its number in the history is not the clerk's to type
    const which = form.form.querySelector('[name="correctsSequenceNumber"]');
    which.readOnly = true;
    which.closest('.field').hidden = true;
    this.holder.replaceChildren(el('section', { 'aria-label': 'Correction', class: 'correction' }, form.element,
      el('button', { type: 'button', class: 'secondary', text: 'Close the correction', onclick: () => this.holder.replaceChildren() })));
    form.form.querySelector('[name^="replacement."], [name="reason"]').focus();
  }
}

/**
 * How a field of a fact is edited: a minute's blocks as its text, a resolution's parts one a line ("a) That …"),
 * text as text, anything else as JSON.
 */
const EDITED = {
  blocks: { show: (value) => textOf(value), read: (text) => blocksOf(text) },
  parts: {
    show: (value) => value.map((part) => [part.label, part.text].filter(Boolean).join(' ')).join('\n'),
    read: (text) => text.split('\n').map((line) => line.trim()).filter(Boolean).map((line) => {
      const labelled = /^(\(?[a-z0-9ivx]{1,4}[).])\s+(.*)$/i.exec(line);
      return labelled ? { label: labelled[1], text: labelled[2] } : { label: null, text: line };
    }),
  },
};
/** Fields a correction does not move: the meeting it is of. */
const FIXED = ['meetingId'];
class Replacement {
  constructor(data) {
    this.data = data;
  }

  draw(form) {
    const group = el('fieldset', { class: 'group', 'data-path': 'replacement' }, el('legend', { text: 'The fact as it should read' }));
    const strike = el('input', { type: 'checkbox', id: `${form.id}-strike` });
    group.append(el('div', { class: 'field checkbox' }, strike, el('label', { for: strike.id, text: 'Strike the fact out (it should not be in the record)' })));
    for (const [field, value] of Object.entries(this.data)) {
      if (FIXED.includes(field)) continue;
      const id = `${form.id}-replacement.${field}`;
      const edited = Array.isArray(value) ? EDITED[field] : null;
      const text = edited ? edited.show(value) : typeof value === 'string' ? value : JSON.stringify(value, null, 1);
      const long = edited || text.length > 80 || typeof value !== 'string';
      const control = long ? el('textarea', { rows: Math.min(12, 2 + text.length / 80) }) : el('input', { type: 'text' });
      Object.assign(control, { id, value: text ?? '' });
      control.setAttribute('name', `replacement.${field}`);
      control.setAttribute('aria-describedby', `${id}-problem`);
      control.dataset.original = text ?? '';
      control.dataset.edit = edited ? field : typeof value === 'string' ? 'text' : 'json';
      group.append(el('div', { class: 'field', 'data-path': `replacement.${field}` },
        el('label', { for: id, text: labelOf(field) + (edited || typeof value === 'string' ? '' : ' (as JSON)') }), control,
        el('p', { class: 'field-problem', id: `${id}-problem` })));
    }
    group.append(el('p', { class: 'field-problem', id: `${form.id}-replacement-problem` }));
    this.strike = strike;
    this.group = group;
    form.form.insertBefore(group, form.form.querySelector('[data-path="reason"]'));
  }

  body(form, body) {
    if (this.strike.checked) return body;
    const replacement = {};
    for (const control of this.group.querySelectorAll('[name^="replacement."]')) {
      if (control.value === control.dataset.original) continue;
      const field = control.name.slice('replacement.'.length);
      try {
        const edit = control.dataset.edit;
        replacement[field] = EDITED[edit] ? EDITED[edit].read(control.value)
          : edit === 'json' ? JSON.parse(control.value) : control.value;
      } catch (e) {
        replacement[field] = control.value; // sent as written: the service names the field it cannot read
      }
    }
    return { ...body, replacement };
  }
}
