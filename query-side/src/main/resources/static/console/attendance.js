// Attendance as a clerk takes it at the door: the committee's members, one row each, one key per member —
// P present, A apologies, S a substitute for them. Each key sends the same command the forms do.

import { PARTS } from './catalogue.js';
import { CommandForm, el, sendCommand } from './forms.js';
import { describeFact, personName } from './facts.js';
import { samePerson } from './people.js';

const KEYS = { p: 'present', a: 'apologies', s: 'substitute' };

export class Attendance {
  constructor(tbody, substituteHolder, context, state) {
    this.tbody = tbody;
    this.substituteHolder = substituteHolder;
    this.context = context;
    this.state = state;
    this.pending = new Map();
  }

  show(record, members) {
    this.members = members;
    const focused = document.activeElement?.closest('tr')?.dataset.member;
    this.tbody.replaceChildren(...members.map((membership) => this.row(record, membership)));
    if (!members.length) {
      this.tbody.append(el('tr', {}, el('td', { colspan: 3, text: 'No members are recorded for this committee on the '
        + 'meeting’s day: appoint them under the committee, or record attendance with the forms below.' })));
    }
    const others = record.attendance.filter((fact) => !members.some((m) => samePerson(m.member, attendee(fact))));
    this.tbody.append(...others.map((fact) => el('tr', {}, el('td', { text: personName(attendee(fact)) }),
      el('td', { text: describeFact(fact) }), el('td', {}, this.correctButton(fact)))));
    if (focused) this.tbody.querySelector(`tr[data-member="${CSS.escape(focused)}"]`)?.focus();
  }

  row(record, membership) {
    const member = membership.member;
    const recorded = record.attendance.filter((fact) => samePerson(attendee(fact), member)
      || (fact.fact === 'substitute' && samePerson(fact.forMember, member)));
    const status = el('td', { class: 'recorded' }, ...recorded.map((fact) => el('span', { class: 'fact', text: describeFact(fact) + ' ' }, this.correctButton(fact))));
    const problem = el('p', { class: 'field-problem', id: `member-${member.id}-problem` });
    status.append(problem);
    const row = el('tr', { tabindex: 0, 'data-member': member.id, 'aria-describedby': `member-${member.id}-problem`,
      'aria-label': `${personName(member)}: P present, A apologies, S substitute` },
    el('th', { scope: 'row', text: personName(member) }), status,
    el('td', { class: 'keys' },
      el('button', { type: 'button', class: 'secondary small', text: 'Present', 'aria-keyshortcuts': 'P',
        onclick: () => this.record('present', member, problem) }),
      el('button', { type: 'button', class: 'secondary small', text: 'Apologies', 'aria-keyshortcuts': 'A',
        onclick: () => this.record('apologies', member, problem) }),
      el('button', { type: 'button', class: 'secondary small', text: 'Substitute…', 'aria-keyshortcuts': 'S',
        onclick: () => this.substitute(member) })));
    row.addEventListener('keydown', (event) => this.key(event, row, member, problem));
    return row;
  }

  key(event, row, member, problem) {
    if (event.target !== row || event.ctrlKey || event.metaKey || event.altKey) return;
    const kind = KEYS[event.key.toLowerCase()];
    if (kind === 'substitute') {
      event.preventDefault();
      this.substitute(member);
    } else if (kind) {
      event.preventDefault();
      this.record(kind, member, problem);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      (event.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling)?.focus();
    }
  }

  async record(kind, member, problem) {
    const path = kind === 'present' ? 'members' : 'apologies';
    const template = `/api/meetings/{meetingId}/attendance/${path}`;
    // one key per member and kind: pressing P twice before the answer comes records one attendance
    const holder = this.pending.get(member.id + kind) ?? {};
    if (holder.busy) return;
    holder.busy = true;
    this.pending.set(member.id + kind, holder);
    problem.replaceChildren();
    const meetingId = this.state().record.meetingId;
    const answer = await sendCommand(this.context, 'POST', { path: template },
      template.replace('{meetingId}', encodeURIComponent(meetingId)), { member }, holder);
    holder.busy = false;
    if (answer.ok) {
      await this.context.recorded({ command: { path: template, label: `${personName(member)} ${kind}` } }, answer.body);
    } else {
      problem.append(...[el('span', { text: answer.problem.detail }),
        answer.problem.rule ? el('span', { class: 'rule', text: ` (rule ${answer.problem.rule})` }) : null].filter(Boolean));
      this.tbody.querySelector(`tr[data-member="${CSS.escape(member.id)}"]`)?.setAttribute('aria-invalid', 'true');
      if (answer.problem.rule === 'concurrent-change') await this.context.changedElsewhere(answer.problem);
    }
  }

  /** The substitute's form, for this member: only who stood in for them is left to type. */
  substitute(member) {
    const command = PARTS.attendance.find((c) => c.path.endsWith('/substitutes'));
    const state = this.state();
    const op = state.operations[command.path].post;
    const form = new CommandForm({ ...command, label: `A substitute for ${personName(member)}` }, op, state.components,
      this.context, { open: true, values: { forMember: member } });
    this.substituteHolder.replaceChildren(form.element);
    form.form.querySelector('input').focus();
  }

  correctButton(fact) {
    return el('button', { type: 'button', class: 'secondary small', text: 'Correct', 'aria-label': `Correct: ${describeFact(fact).slice(0, 80)}`,
      onclick: () => this.context.correct(fact) });
  }
}

function attendee(fact) {
  return fact.member ?? fact.substitute ?? fact.officer ?? fact.guest ?? null;
}
