// Correcting a fact: the fact's fields as recorded (read from the meeting's history, the event itself), the clerk
// changes what was wrong, says why and who corrects it. Only the changed fields are sent; striking the fact out
// sends none. The record keeps both, and the reason.

import { PARTS } from './catalogue.js';
import { CommandForm, el } from './forms.js';
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
    const form = new CommandForm(command, this.operation(command), state.components, this.context,
      { open: true, values: { correctsSequenceNumber: fact.sequenceNumber }, extra: new Replacement(event.data) });
    form.form.querySelector('[name="correctsSequenceNumber"]').readOnly = true;
    this.holder.replaceChildren(el('section', { 'aria-label': 'Correction', class: 'correction' }, form.element,
      el('button', { type: 'button', class: 'secondary', text: 'Close the correction', onclick: () => this.holder.replaceChildren() })));
    form.form.querySelector('[name^="replacement."], [name="reason"]').focus();
  }
}

/** The corrected fact's fields, as the clerk edits them; text as text, anything else as JSON. */
class Replacement {
  constructor(data) {
    this.data = data;
  }

  draw(form) {
    const group = el('fieldset', { class: 'group', 'data-path': 'replacement' }, el('legend', { text: 'The fact as it should read' }));
    const strike = el('input', { type: 'checkbox', id: `${form.id}-strike` });
    group.append(el('div', { class: 'field checkbox' }, strike, el('label', { for: strike.id, text: 'Strike the fact out (it should not be in the record)' })));
    for (const [field, value] of Object.entries(this.data)) {
      const id = `${form.id}-replacement.${field}`;
      const text = typeof value === 'string' ? value : JSON.stringify(value, null, 1);
      const control = text.length > 80 || typeof value !== 'string' ? el('textarea', { rows: Math.min(8, 2 + text.length / 80) }) : el('input', { type: 'text' });
      Object.assign(control, { id, value: text ?? '' });
      control.setAttribute('name', `replacement.${field}`);
      control.setAttribute('aria-describedby', `${id}-problem`);
      control.dataset.original = text ?? '';
      control.dataset.json = String(typeof value !== 'string');
      group.append(el('div', { class: 'field', 'data-path': `replacement.${field}` },
        el('label', { for: id, text: field + (typeof value === 'string' ? '' : ' (JSON)') }), control,
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
        replacement[field] = control.dataset.json === 'true' ? JSON.parse(control.value) : control.value;
      } catch (e) {
        replacement[field] = control.value; // sent as written: the service names the field it cannot read
      }
    }
    return { ...body, replacement };
  }
}
