// Correcting a fact: the fact's own form (the form that recorded it), filled in as recorded (read from the meeting's
// history, the event itself); the clerk changes what was wrong and says why, and the signed-in clerk is the
// corrector unless they name another. Only the changed fields are sent; striking the fact out sends none. The
// record keeps both, and the reason. A kind of fact no form records is corrected field by field.

import { PARTS, formOf, labelOf } from './catalogue.js';
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
    const own = formOf(fact.fact);
    if (own && this.operation(own)) {
      this.show(this.inItsOwnForm(fact, event.data, own, state));
      return;
    }
    const command = { ...PARTS.correction, label: `Correct: ${describeFact(fact)}` };
    const corrector = state.me ? { name: state.me.displayName } : null;
    const form = new CommandForm(command, this.operation(command), state.components, this.context,
      { open: true, values: { correctsSequenceNumber: fact.sequenceNumber, correctedBy: corrector },
        extra: new Replacement(event.data) });
    // the fact is named in the form's heading: its number in the history is not the clerk's to type
    const which = form.form.querySelector('[name="correctsSequenceNumber"]');
    which.readOnly = true;
    which.closest('.field').hidden = true;
    this.show(form);
  }

  /** The form that recorded the fact, filled in with it; sent, it corrects the fact rather than recording another. */
  inItsOwnForm(fact, data, command, state) {
    const { meetingId, ...values } = data;
    // the fact's own item, whichever item the clerk has chosen
    const context = { ...this.context, pathValue: (name) => (name === 'itemId' && data.itemId) || this.context.pathValue(name) };
    const correction = new AsCorrection(fact, state.me);
    const form = new FactCorrection({ ...command, label: `Correct: ${describeFact(fact)}`, correction: true },
      this.operation(command), state.components, context, { open: true, values, extra: correction });
    correction.start(form);
    return form;
  }

  show(form) {
    this.holder.replaceChildren(el('section', { 'aria-label': 'Correction', class: 'correction' }, form.element,
      el('button', { type: 'button', class: 'secondary', text: 'Close the correction', onclick: () => this.holder.replaceChildren() })));
    form.form.querySelector('[name^="replacement."], input:not([readonly]):not([type=checkbox]), textarea, [name="reason"]')?.focus();
  }
}

/** A fact's own form sent as its correction: to the corrections, its refusals shown by the fact's own fields. */
class FactCorrection extends CommandForm {
  path() {
    return PARTS.correction.path.replace('{meetingId}', encodeURIComponent(this.context.pathValue('meetingId')));
  }

  show(problem) {
    const own = (field) => field?.replace(/^replacement\./, '');
    super.show({ ...problem, field: own(problem.field),
      errors: (problem.errors || []).map((error) => ({ ...error, field: own(error.field) })) });
  }
}

/** What a correction adds to the fact's form: why, by whom (the clerk signed in), or that it is struck out. */
class AsCorrection {
  constructor(fact, me) {
    this.fact = fact;
    this.me = me;
  }

  draw(form) {
    const id = `${form.id}-correction`;
    this.strike = el('input', { type: 'checkbox', id: `${id}-strike` });
    this.reason = el('textarea', { id: `${id}-reason`, rows: 2, 'aria-required': 'true', 'aria-describedby': `${id}-reason-problem` });
    this.corrector = el('input', { type: 'text', id: `${id}-by`, value: this.me?.displayName ?? '', 'aria-describedby': `${id}-by-hint` });
    form.form.insertBefore(el('fieldset', { class: 'group' }, el('legend', { text: 'The correction' }),
      el('div', { class: 'field checkbox' }, this.strike,
        el('label', { for: this.strike.id, text: 'Strike the fact out (it should not be in the record)' })),
      el('div', { class: 'field', 'data-path': 'reason' }, el('label', { for: this.reason.id, text: 'Why it is corrected (required)' }),
        this.reason, el('p', { class: 'field-problem', id: `${id}-reason-problem` })),
      el('div', { class: 'field', 'data-path': 'correctedBy' }, el('label', { for: this.corrector.id, text: 'Corrected by' }),
        el('p', { class: 'hint', id: `${id}-by-hint`, text: 'You, as signed in, unless you correct it for someone else' }),
        this.corrector, el('p', { class: 'field-problem' }))), form.form.querySelector('.actions'));
  }

  /** The fact as its form reads it before the clerk changes anything: what a correction is compared with. */
  start(form) {
    this.original = null;
    this.original = form.body();
  }

  body(form, body) {
    if (!this.original) return body;
    const replacement = {};
    for (const field of new Set([...Object.keys(this.original), ...Object.keys(body)])) {
      if (JSON.stringify(body[field]) !== JSON.stringify(this.original[field])) replacement[field] = body[field] ?? null;
    }
    const corrector = this.corrector.value.trim();
    return { correctsSequenceNumber: this.fact.sequenceNumber, reason: this.reason.value.trim() || undefined,
      correctedBy: corrector ? { name: corrector } : undefined, ...(this.strike.checked ? {} : { replacement }) };
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
