// A form for a command, drawn from its request schema in the command side's OpenAPI document: one control per
// field, named by the field's path in the body (`member.name`, `parts[1].text`), which is also how a refusal names
// it — so the rule or field a refused command broke is shown next to the control that can mend it.

import { CHOICES, hintOf, labelOf } from './catalogue.js';
import { samePerson } from './people.js';
import { LABEL, partsOf } from './parts.js';
import { RECORDS } from './records.js';

let forms = 0;

/** Creates an element with attributes and children (strings become text). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === 'text') element.textContent = value;
    else if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...children.filter((child) => child !== null && child !== undefined));
  return element;
}

/** A key for one intended fact: kept across retries of it, so it is recorded once however often it is sent. */
export function newIdempotencyKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return 'console-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A point's bullet mark (dropped); a label ("i)", "(a)": LABEL) is kept with its words. */
const BULLET = /^[•·\-*]\s+/;
/** A line that ends a sentence (or opens a list, "…were raised:"). */
const SENTENCE_END = /[.:;!?]["'’”)]?$/;

/**
 * Minute text as blocks, as a clerk pastes it from the page: lines wrapped at the page's width join into
 * paragraphs; a paragraph ends at a blank line, or where a line ending a sentence falls short of the longest line
 * (the page's width); a line opening with a bullet or a label ("i)", "(a)", "b)", "1.") starts a point, and points
 * in a row make a list, their labels kept; a paragraph starting "# " is a sub-heading.
 */
export function blocksOf(text) {
  const lines = text.split('\n').map((line) => line.trim());
  const width = Math.max(1, ...lines.map((line) => line.length));
  const blocks = [];
  let words = [];
  let points = [];
  let pointOpen = false;
  const flushWords = () => {
    if (words.length) {
      const joined = words.join(' ');
      blocks.push(joined.startsWith('# ') ? { kind: 'HEADING', text: joined.slice(2).trim() } : { kind: 'PARAGRAPH', text: joined });
    }
    words = [];
  };
  const flushPoints = () => {
    if (points.length) blocks.push({ kind: 'BULLETS', items: points });
    points = [];
    pointOpen = false;
  };
  for (const line of lines) {
    if (!line) {
      flushWords();
      pointOpen = false;
      continue;
    }
    const ends = SENTENCE_END.test(line) && line.length < width * 0.8;
    if (BULLET.test(line) || LABEL.test(line)) {
      flushWords();
      points.push(line.replace(BULLET, ''));
      pointOpen = !ends;
    } else if (pointOpen) {
      points[points.length - 1] += ' ' + line;
      pointOpen = !ends;
    } else {
      flushPoints();
      words.push(line);
      if (ends || line.startsWith('# ')) flushWords();
    }
  }
  flushWords();
  flushPoints();
  return blocks;
}

/** The minute's blocks as the text a clerk edits (the inverse of blocksOf). */
export function textOf(blocks) {
  return blocks.map((block) => block.kind === 'BULLETS'
    ? block.items.map((item) => LABEL.test(item) ? item : '• ' + item).join('\n')
    : block.kind === 'HEADING' ? '# ' + block.text : block.text).join('\n\n');
}

function resolve(schema, components) {
  let resolved = schema || {};
  while (resolved.$ref) {
    resolved = components[resolved.$ref.split('/').pop()] || {};
  }
  return resolved;
}

function setAt(body, path, value) {
  const keys = path.replace(/\[(\d+)]/g, '.$1').split('.');
  let node = body;
  keys.forEach((key, i) => {
    if (i === keys.length - 1) {
      node[key] = value;
    } else {
      node[key] ??= /^\d+$/.test(keys[i + 1]) ? [] : {};
      node = node[key];
    }
  });
}

/** Drops what was left empty: an empty person, an empty list, a part never filled. Not stated is left out. */
function pruned(value) {
  if (Array.isArray(value)) {
    const items = value.map(pruned).filter((item) => item !== undefined);
    return items.length ? items : undefined;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => [k, pruned(v)]).filter(([, v]) => v !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

/**
 * A command's form in a disclosure: the clerk opens the one they need (Enter on its summary), fills it in and
 * sends it with Enter or its button. `context` answers what the form cannot know itself: the choices from the
 * record, the values of the path, the version the clerk last read, and what to do once recorded.
 */
export class CommandForm {
  constructor(command, operation, components, context, { open = false, extra = null, values = null } = {}) {
    this.command = command;
    this.method = (command.method || 'post').toUpperCase();
    this.components = components;
    this.context = context;
    this.extra = extra;
    this.id = `form-${++forms}`;
    this.schema = resolve(operation.requestBody.content['application/json'].schema, components);
    this.key = null;
    this.busy = false;
    // the values to start from: a fact's fields, or a function reading them from the record as it now is
    this.values = values;
    this.element = this.draw(open);
    this.prefill();
  }

  prefill() {
    const values = typeof this.values === 'function' ? this.values() : this.values;
    if (values) this.fill(values);
  }

  /** Fills the form in from the record its path names, as the record now reads (nothing when there is none). */
  async fromRecord() {
    const path = {};
    for (const name of this.placeholders()) {
      const chosen = this.form.querySelector(`[name="{${name}}"]`);
      path[name] = chosen ? chosen.value : this.context.pathValue(name);
      if (!path[name]) return;
    }
    const values = await RECORDS[this.command.prefill](this.context.api, path, this.context.pathValue('council'));
    if (values) this.fill(values);
  }

  draw(open) {
    this.refreshers = [];
    this.problem = el('div', { class: 'form-problem', role: 'alert', id: `${this.id}-problem` });
    this.form = el('form', { novalidate: true, 'aria-describedby': `${this.id}-problem`, 'data-command': this.command.path,
      onsubmit: (event) => { event.preventDefault(); this.send(); } });
    this.form.append(this.problem);
    for (const placeholder of this.placeholders()) {
      if (!this.context.pathValue(placeholder)) {
        // a record the console does not list (a decision outside a meeting, a scrutiny report) is named by its id
        this.form.append(CHOICES[placeholder]
          ? this.choiceField(`{${placeholder}}`, placeholder, CHOICES[placeholder], true)
          : this.wrapper(`{${placeholder}}`, placeholder, true, el('input', { type: 'text' }), 'text'));
      }
    }
    this.fields(this.form, '', this.schema);
    if (RECORDS[this.command.prefill]) {
      // a correction of a record between meetings: its own form, filled in once the record is named
      this.form.addEventListener('change', (event) => {
        if (event.target.name?.startsWith('{')) this.fromRecord();
      });
    }
    if (this.extra) this.extra.draw(this);
    this.button = el('button', { type: 'submit', text: 'Record' });
    this.form.append(el('div', { class: 'actions' }, this.button));
    const details = el('details', { class: 'command', id: this.id, 'data-command': this.command.path },
      el('summary', { text: this.command.label }), this.form);
    details.open = open;
    return details;
  }

  placeholders() {
    return [...this.command.path.matchAll(/\{(\w+)}/g)].map((match) => match[1]);
  }

  fields(container, prefix, schema) {
    const mandatory = new Set(schema.required || []);
    // a person is written as the minutes give them: the name first, the office, and an id only if they have one
    const order = (name) => ['name', 'role', 'id'].indexOf(name);
    const properties = Object.entries(schema.properties || {});
    if (properties.some(([name]) => name === 'name') && properties.some(([name]) => name === 'id')) {
      properties.sort(([a], [b]) => order(a) - order(b));
    }
    for (const [name, property] of properties) {
      // the version goes as If-Match; a path variable is the form's own; what the service makes is not asked for
      if (name === 'expectedVersion' || property.readOnly || (!prefix && this.placeholders().includes(name))) continue;
      if (!prefix && (this.command.fixed || []).includes(name)) {
        // what the clerk chose above (the committee a meeting is of): shown, not typed again
        const shown = el('input', { type: 'text', readonly: true, value: this.context.pathValue(name) ?? '' });
        container.append(this.wrapper(name, name, false, shown, 'fixed'));
        continue;
      }
      this.field(container, prefix + name, name, property, mandatory.has(name));
    }
  }

  field(container, path, name, property, required) {
    const schema = resolve(property, this.components);
    const isNewId = (this.command.newIds || []).includes(name) && !path.includes('.');
    if (CHOICES[name] && !isNewId && schema.type === 'string') {
      container.append(this.choiceField(path, name, CHOICES[name], required));
    } else if (schema.type === 'array') {
      container.append(this.listField(path, name, schema, required));
    } else if (schema.type === 'object' || schema.properties) {
      if (schema.additionalProperties && !schema.properties) return; // a correction's replacement: drawn by its form
      const group = el('fieldset', { class: 'group', 'data-path': path },
        el('legend', { text: labelOf(name) + (required ? ' (required)' : '') }));
      this.fields(group, path + '.', schema);
      if (property.$ref && property.$ref.endsWith('/Person')) this.knownPeople(group, path);
      group.append(el('p', { class: 'field-problem', id: `${this.id}-${path}-problem` }));
      container.append(group);
    } else {
      const field = this.inputField(path, name, schema, required);
      if (isNewId) {
        // a new fact's own id: the clerk may choose one to refer to it by, or leave it to the service
        field.querySelector('label').textContent = `${labelOf(name)} id`;
        const hint = el('p', { class: 'hint', id: `${this.id}-${path}-hint`, text: 'Left empty, the service assigns one' });
        field.querySelector('label').after(hint);
        field.querySelector('input').setAttribute('aria-describedby', `${this.id}-${path}-problem ${hint.id}`);
      }
      container.append(field);
    }
  }

  wrapper(path, name, required, control, kind) {
    const id = `${this.id}-${path}`;
    control.id = id;
    control.name = path;
    control.dataset.kind = kind;
    const hint = hintOf(name);
    const described = [`${id}-problem`, hint ? `${id}-hint` : null].filter(Boolean).join(' ');
    control.setAttribute('aria-describedby', described);
    if (required) control.setAttribute('aria-required', 'true');
    const label = el('label', { for: id, text: labelOf(name) + (required ? ' (required)' : '') });
    const field = el('div', { class: kind === 'checkbox' ? 'field checkbox' : 'field', 'data-path': path });
    if (kind === 'checkbox') field.append(control, label);
    else field.append(...[label, hint ? el('p', { class: 'hint', id: `${id}-hint`, text: hint }) : null, control].filter(Boolean));
    field.append(el('p', { class: 'field-problem', id: `${id}-problem` }));
    return field;
  }

  inputField(path, name, schema, required) {
    if (schema.enum) {
      const select = el('select', {}, el('option', { value: '', text: required ? 'Choose…' : '— not stated —' }),
        ...schema.enum.map((value) => el('option', { value, text: value.replaceAll('_', ' ').toLowerCase() })));
      return this.wrapper(path, name, required, select, 'text');
    }
    if (schema.type === 'boolean') {
      return this.wrapper(path, name, required, el('input', { type: 'checkbox', value: 'true' }), 'checkbox');
    }
    if (schema.type === 'integer') {
      return this.wrapper(path, name, required, el('input', { type: 'number', min: schema.minimum ?? null, step: 1 }), 'number');
    }
    if (schema.format === 'date') {
      // typed as the minutes write it (19/01/2021, 19 January 2021) and read by the service, never by the browser's
      // own date control, so the console and the API cannot read one date two ways
      const control = el('input', { type: 'text', inputmode: 'text', autocomplete: 'off', placeholder: 'dd/mm/yyyy' });
      return this.wrapper(path, name, required, control, 'text');
    }
    const long = (schema.maxLength || 0) > 500 || ['text', 'words', 'agendaText', 'reason', 'preamble', 'subject', 'description'].includes(name);
    const control = long ? el('textarea', { rows: 3 }) : el('input', { type: name === 'email' ? 'email' : 'text' });
    if (schema.maxLength) control.maxLength = schema.maxLength;
    return this.wrapper(path, name, required, control, 'text');
  }

  choiceField(path, name, source, required) {
    const select = el('select', { 'data-choices': source });
    const fill = () => {
      const choices = JSON.stringify(this.context.choices(source));
      // redrawn only when the record changed them, so a choice being made is never swept away under the pointer
      if (select.dataset.drawn === choices) return;
      select.dataset.drawn = choices;
      const current = select.value;
      select.replaceChildren(el('option', { value: '', text: required ? 'Choose…' : '— none —' }),
        ...JSON.parse(choices).map((choice) => el('option', { value: choice.value, text: choice.label })));
      select.value = current;
    };
    fill();
    select.addEventListener('focus', fill); // the record may have grown since the form was drawn
    this.refreshers.push(fill);
    return this.wrapper(path, name, required, select, 'text');
  }

  listField(path, name, schema, required) {
    const items = resolve(schema.items, this.components);
    if (name === 'blocks') {
      return this.wrapper(path, name, required, el('textarea', { rows: 8, class: 'minute-text' }), 'minute');
    }
    if (items.type !== 'object' && !items.properties) {
      return this.wrapper(path, name, required, el('textarea', { rows: 3 }), 'lines');
    }
    const list = el('fieldset', { class: 'repeat', 'data-path': path },
      el('legend', { text: labelOf(name) + (required ? ' (at least one)' : '') }));
    const entries = el('div', { class: 'entries' });
    let count = 0;
    const add = () => {
      const index = count++;
      const entry = el('fieldset', { class: 'group', 'data-path': `${path}[${index}]` },
        el('legend', { text: `${labelOf(name)} ${index + 1}` }));
      this.fields(entry, `${path}[${index}].`, items);
      entry.append(el('button', { type: 'button', class: 'secondary', text: `Remove ${labelOf(name).toLowerCase()} ${index + 1}`,
        onclick: () => { entry.remove(); list.querySelector('[data-add]').focus(); } }));
      entries.append(entry);
      return entry;
    };
    if (name === 'parts') list.append(this.partsPaste(path, entries, add, () => { count = 0; }));
    list.append(entries, el('button', { type: 'button', class: 'secondary', 'data-add': path,
      text: `Add ${required || count ? 'another' : 'a'} ${labelOf(name).toLowerCase()}`,
      onclick: () => add().querySelector('input, select, textarea').focus() }),
    el('p', { class: 'field-problem', id: `${this.id}-${path}-problem` }));
    if (required) add();
    return list;
  }

  /**
   * A decision's parts pasted as the minutes give them ("RESOLVED:", "a) That …" over wrapped lines): read into the
   * parts below, one entry each with its label, and its form chosen, for the clerk to check before recording.
   */
  partsPaste(path, entries, add, restart) {
    const id = `${this.id}-${path}-paste`;
    const box = el('textarea', { id, rows: 4, class: 'minute-text', 'aria-describedby': `${id}-hint` });
    box.addEventListener('input', () => {
      const { form, parts } = partsOf(box.value);
      const choice = this.form.querySelector('[name="form"]');
      if (form && choice && [...choice.options].some((option) => option.value === form)) choice.value = form;
      entries.replaceChildren();
      restart();
      for (const part of parts) {
        const entry = add();
        entry.querySelector(`[name$=".label"]`).value = part.label ?? '';
        entry.querySelector(`[name$=".text"]`).value = part.text;
      }
    });
    return el('div', { class: 'field' },
      el('label', { for: id, text: 'Paste the decision as the minutes give it' }),
      el('p', { class: 'hint', id: `${id}-hint`, text: 'RESOLVED: or AGREED: sets the form; each line opening “a)”, “(i)” or “2.” starts a part; the parts below are filled in for you to check.' }),
      box);
  }

  /** A person the committee knows: typing a member's name fills in their id, so they are the same person. */
  knownPeople(group, path) {
    const name = group.querySelector(`[name="${path}.name"]`);
    const id = group.querySelector(`[name="${path}.id"]`);
    if (!name || !id) return;
    name.setAttribute('list', 'known-people');
    name.addEventListener('change', () => {
      const known = this.context.people().find((person) => samePerson({ name: name.value }, person));
      if (known && !id.value) id.value = known.id;
    });
  }

  body() {
    const body = {};
    for (const control of this.form.querySelectorAll('[name]')) {
      if (control.name.startsWith('{') || control.dataset.kind === undefined || control.dataset.kind === 'fixed') continue;
      const raw = control.value;
      const kind = control.dataset.kind;
      let value;
      if (kind === 'checkbox') value = control.checked ? true : undefined;
      else if (kind === 'number') value = raw.trim() === '' ? undefined : Number(raw);
      else if (kind === 'lines') value = raw.split('\n').map((line) => line.trim()).filter(Boolean);
      else if (kind === 'minute') value = blocksOf(raw);
      else value = raw.trim() === '' ? undefined : raw.trim();
      if (value !== undefined) setAt(body, control.name, value);
    }
    for (const name of this.command.fixed || []) body[name] = this.context.pathValue(name);
    const full = pruned(body) || {};
    return this.extra ? this.extra.body(this, full) : full;
  }

  path() {
    return this.command.path.replace(/\{(\w+)}/g, (_, name) => {
      const chosen = this.form.querySelector(`[name="{${name}}"]`);
      return encodeURIComponent(chosen ? chosen.value : this.context.pathValue(name));
    });
  }

  async send() {
    if (this.busy) return; // a second click while the first is on its way records nothing more
    const missing = [...this.form.querySelectorAll('select[name^="{"]')].find((select) => !select.value);
    this.clear();
    if (missing) {
      this.show({ errors: [{ field: missing.name.slice(1, -1), message: 'choose one first' }] });
      return;
    }
    this.busy = true;
    this.button.disabled = true;
    this.button.textContent = 'Recording…';
    const answer = await sendCommand(this.context, this.method, this.command, this.path(), this.body(), this);
    this.busy = false;
    this.button.disabled = false;
    this.button.textContent = 'Record';
    if (answer.ok) {
      await this.context.recorded(this, answer.body);
      this.redraw();
    } else {
      this.show(answer.problem);
      if (answer.problem.rule === 'concurrent-change') await this.context.changedElsewhere(answer.problem);
    }
  }

  /** Empty again for the next fact of its kind (lists back to their first entry), its first field focused. */
  redraw() {
    if (!this.element.isConnected) return; // the console drew the part afresh
    const fresh = this.draw(true);
    this.element.replaceWith(fresh);
    this.element = fresh;
    this.prefill();
    fresh.querySelector('input:not([readonly]), select, textarea')?.focus();
  }

  /** Sets the controls to a fact's values (a body as the API takes it), adding list entries as needed. */
  fill(values, prefix = '') {
    for (const [key, value] of Object.entries(values)) {
      const path = Array.isArray(values) ? `${prefix.slice(0, -1)}[${key}]` : prefix + key;
      const control = this.form.querySelector(`[name="${CSS.escape(path)}"]`);
      if (value === null || value === undefined) continue;
      if (control) {
        const kind = control.dataset.kind;
        if (kind === 'checkbox') control.checked = Boolean(value);
        else if (kind === 'lines') control.value = value.join('\n');
        else if (kind === 'minute') control.value = textOf(value);
        else control.value = String(value);
      } else if (Array.isArray(value)) {
        const add = this.form.querySelector(`[data-add="${CSS.escape(path)}"]`);
        value.forEach((_, i) => {
          while (add && !this.form.querySelector(`[data-path="${CSS.escape(`${path}[${i}]`)}"]`)) add.click();
        });
        this.fill(value, path + '.');
      } else if (typeof value === 'object') {
        this.fill(value, path + '.');
      }
    }
  }

  clear() {
    this.problem.replaceChildren();
    for (const problem of this.form.querySelectorAll('.field-problem')) problem.replaceChildren();
    for (const control of this.form.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
  }

  /** Where a refusal names a field, next to it; whatever no field holds, above the form. */
  show(problem) {
    const named = (problem.errors || []).map((error) => ({ field: error.field, message: error.message }));
    if (problem.field) named.push({ field: problem.field, message: problem.detail, rule: problem.rule });
    const above = [];
    let first = null;
    for (const { field, message, rule } of named) {
      const place = this.placeOf(field);
      if (!place) {
        above.push(`${field}: ${message}`);
        continue;
      }
      const text = place.matches('[data-path]') && !rule && (problem.errors || []).length ? `${labelOf(lastName(field))}: ${message}` : message;
      const shown = [el('span', { text }), rule ? el('span', { class: 'rule', text: ` (rule ${rule})` }) : null, ' '];
      place.querySelector(':scope > .field-problem').append(...shown.filter(Boolean));
      const control = place.querySelector('input, select, textarea');
      if (control) control.setAttribute('aria-invalid', 'true');
      first ??= control;
    }
    const heading = problem.status === 409 || problem.status === 422 ? 'Not recorded: a rule of the record was broken.'
      : 'Not recorded.';
    const lines = problem.field ? above : [problem.detail, ...above];
    const said = [el('p', { class: 'problem-heading', text: heading }),
      ...lines.filter(Boolean).map((line) => el('p', { text: line })),
      problem.rule && !problem.field ? el('p', { class: 'rule', text: `rule ${problem.rule}` }) : null];
    this.problem.replaceChildren(...said.filter(Boolean));
    (first || this.button).focus();
  }

  /** The control (or group) of a field's path, or of the nearest enclosing path the form draws. */
  placeOf(field) {
    let path = field;
    while (path) {
      const place = this.form.querySelector(`[data-path="${CSS.escape(path)}"]`)
        || this.form.querySelector(`[name="{${CSS.escape(path)}}"]`)?.closest('[data-path]');
      if (place) return place;
      path = path.includes('.') || path.includes('[') ? path.replace(/(\.[^.[]+|\[\d+])$/, '') : '';
    }
    return null;
  }

  refresh() {
    this.refreshers.forEach((fill) => fill());
  }
}

/**
 * Sends a command as every part of the console does: with an idempotency key kept by `holder` while it is unknown
 * whether the command was recorded (so its retry is the same request), and, for a meeting, the version the clerk
 * last read as If-Match.
 */
export async function sendCommand(context, method, command, path, body, holder) {
  holder.key ??= command.repeatable ? null : newIdempotencyKey();
  const isMeeting = command.path.startsWith('/api/meetings/{meetingId}');
  const answer = await context.api.record(method, path, body,
    { idempotencyKey: holder.key, version: isMeeting ? context.version() : null });
  if (answer.ok || (answer.status >= 400 && answer.status < 500)) holder.key = null;
  return answer;
}

function lastName(path) {
  return path.replace(/\[\d+]/g, '').split('.').pop();
}
