// The clerk's console: sign in, choose a committee and a meeting (or schedule one), then record it part by part.
// It reads the record from the query side and records through the command side's API; after each fact it reads
// the record again at the version the command answered, so what it shows is never older than what was recorded.

import { Api } from './api.js';
import { PARTS } from './catalogue.js';
import { CommandForm, el } from './forms.js';
import { Correction } from './correction.js';
import { Attendance } from './attendance.js';
import { describeFact, personName } from './facts.js';
import { AgendaPaste } from './agenda.js';
import { NamesPaste } from './names.js';

const $ = (id) => document.getElementById(id);
const main = $('main');
const api = new Api(main.dataset.commandSide);
const WATCH_EVERY_MS = 4000;

const state = {
  operations: null, components: null,
  committee: null, meetings: [], record: null, version: null, itemId: null,
  forms: [], watching: null, previewInView: false,
};

/** Says what happened in the live region; its count tells a script (a browser test) that something was said. */
function announce(text) {
  const announcer = $('announcer');
  announcer.textContent = text;
  announcer.dataset.said = String(Number(announcer.dataset.said || 0) + 1);
}

/** What every form asks of the console. */
const context = {
  api,
  pathValue(name) {
    return { committeeId: state.committee?.committeeId, meetingId: state.record?.meetingId, itemId: state.itemId,
      committee: state.committee?.committeeId, date: state.record?.date, council: state.committee?.council,
      atMeetingId: state.record?.meetingId }[name];
  },
  version: () => state.version,
  people: () => members().map((membership) => membership.member),
  choices(source) {
    const record = state.record;
    const items = record ? record.items : [];
    const business = items.flatMap((item) => item.business.map((fact) => ({ item, fact })));
    switch (source) {
      case 'items':
        return items.map((item) => ({ value: item.itemId, label: `${item.number ?? ''} ${item.title ?? item.agendaText ?? item.itemId}`.trim() }));
      case 'members':
        return members().map((m) => ({ value: m.member.id, label: personName(m.member) }));
      case 'questions':
        return business.filter(({ fact }) => fact.fact === 'question')
          .map(({ item, fact }) => ({ value: fact.questionId, label: `${item.number ?? ''}: ${personName(fact.askedBy)} — ${fact.text.slice(0, 60)}` }));
      case 'actions':
        return business.filter(({ fact }) => fact.actionId)
          .map(({ item, fact }) => ({ value: fact.actionId, label: `${item.number ?? ''}: ${(fact.description ?? fact.subject ?? '').slice(0, 70)}` }));
      case 'resolutions':
        return business.filter(({ fact }) => fact.resolutionId && (fact.fact === 'resolution' || fact.fact === 'lost-motion'))
          .map(({ item, fact }) => ({ value: fact.resolutionId, label: `${item.number ?? ''}: ${fact.form ?? ''} ${fact.parts[0]?.text.slice(0, 60) ?? ''}` }));
      case 'meetings':
        return state.meetings.map((m) => ({ value: m.meetingId, label: meetingLabel(m) }));
      default:
        return [];
    }
  },
  async recorded(form, answer) {
    if (form.command.path === PARTS.correction.path || form.command.correction) $('correction-form').replaceChildren();
    if (form.command.path.endsWith('/substitutes')) $('substitute-form').replaceChildren();
    if (form.command.path === '/api/committees') {
      await loadCommittees(answer.id);
    } else if (form.command.path === '/api/imports') {
      // the page's committee and meeting, as the import recorded them
      await loadCommittees(answer.committeeId, { meetingId: answer.meetingId, meetingVersion: answer.version });
    } else if (form.command.path === '/api/meetings') {
      await loadCommittee(state.committee.committeeId, { meetingId: answer.id, meetingVersion: answer.version });
    } else if (form.command.path.startsWith('/api/members/') || form.command.path.startsWith('/api/matters')) {
      // a register of interests or a matter: records of their own, whose versions are not the meeting's
    } else if (form.command.path.startsWith('/api/committees/')) {
      await loadCommittee(state.committee.committeeId, { meetingId: state.record?.meetingId, committeeVersion: answer.version });
    } else {
      state.version = Math.max(state.version ?? -1, answer.version);
      await loadRecord(answer.version);
      watch(WATCH_EVERY_MS); // just read: the next look for others' changes can wait its turn
    }
    announce(`Recorded: ${form.command.label}.`);
  },
  /** A command sent outside a form (the pasted agenda's): the version it answered, before the next is sent. */
  async recordedVersion(version) {
    state.version = Math.max(state.version ?? -1, version);
  },
  correct: (fact) => correction.open(fact),
  async changedElsewhere(problem) {
    // read at the version the command side says the meeting is at: the read model may not have caught up yet
    await loadRecord(problem?.currentVersion);
    showChangedElsewhere('Someone else changed this meeting since you last read it. The record below is now '
      + 'current: check it, then record again.');
  },
};

function members() {
  if (!state.committee) return [];
  const day = state.record?.date;
  return (state.committee.members || []).filter((m) => !day || ((!m.from || m.from <= day) && (!m.until || m.until >= day)));
}

function meetingLabel(meeting) {
  return `${meeting.date ?? 'date not stated'} — ${meeting.title}`;
}

function operation(command) {
  return state.operations[command.path]?.[command.method || 'post'];
}

/** Draws a part's forms afresh (the choices they offer come from the record). */
function drawForms(container, commands, options = {}) {
  state.forms = state.forms.filter((form) => !container.contains(form.element));
  container.replaceChildren();
  for (const command of commands) {
    const op = operation(command);
    if (!op) continue; // a command the command side does not offer (an older one): nothing to draw
    const values = command.prefill === 'item' ? itemAsAmended : null;
    const form = new CommandForm(command, op, state.components, context, { ...options, values });
    state.forms.push(form);
    container.append(form.element);
  }
}

async function start() {
  $('sign-in-form').addEventListener('submit', signIn);
  $('sign-out').addEventListener('click', signOut);
  $('committee').addEventListener('change', () => loadCommittee($('committee').value));
  $('meeting').addEventListener('change', () => chooseMeeting($('meeting').value));
  document.addEventListener('visibilitychange', () => { if (!document.hidden) watch(); });
  main.append(el('datalist', { id: 'known-people' }));
  if (api.signedIn) {
    const me = await api.read('/api/me');
    if (me.ok) return signedIn(me.body);
    api.signOut();
  }
  $('sign-in').hidden = false;
}

async function signIn(event) {
  event.preventDefault();
  const user = $('sign-in-user').value.trim();
  const password = $('sign-in-password').value;
  const answer = await api.signIn(user, password);
  if (!answer.ok) {
    $('sign-in-problem').textContent = answer.status === 401 ? 'That name and password do not sign in.'
      : answer.problem.detail;
    $('sign-in-password').setAttribute('aria-invalid', 'true');
    $('sign-in-password').focus();
    return;
  }
  $('sign-in-password').value = '';
  await signedIn(answer.body);
}

function signOut() {
  api.signOut();
  location.reload();
}

async function signedIn(me) {
  state.me = me;
  $('sign-in').hidden = true;
  $('signed-in').hidden = false;
  $('signed-in-name').textContent = `${me.displayName} (${me.roles.join(', ').toLowerCase()})`;
  if (!me.roles.includes('CLERK')) {
    announce('You are not signed in as a clerk: the record can be read here, but only a clerk records it.');
  }
  const commands = await api.commands();
  if (!commands.ok) {
    announce(commands.problem.detail);
    return;
  }
  state.operations = commands.body.paths;
  state.components = commands.body.components.schemas;
  $('choose').hidden = false;
  drawForms($('top-forms'), PARTS.top);
  await loadCommittees();
  $('committee').focus();
}

async function loadCommittees(chosen, then = {}) {
  const answer = await readSoon(`/api/committees?limit=200`, (body) => !chosen || body.items.some((c) => c.committeeId === chosen));
  const committees = answer.ok ? answer.body.items : [];
  $('committee').replaceChildren(el('option', { value: '', text: 'Choose a committee…' }),
    ...committees.map((c) => el('option', { value: c.committeeId, text: c.name })));
  if (chosen) {
    $('committee').value = chosen;
    await loadCommittee(chosen, then);
  }
}

/** Reads until the read model shows what was just recorded (it follows the command side within a second or so). */
async function readSoon(path, done, tries = 40) {
  let answer;
  for (let i = 0; i < tries; i++) {
    answer = await api.read(path);
    if (answer.ok && done(answer.body)) return answer;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return answer;
}

/**
 * Reads the committee (at least at the version a command of it answered) and its meetings, then chooses the meeting
 * given (at least at the version its scheduling answered).
 */
async function loadCommittee(committeeId, { meetingId = null, meetingVersion = null, committeeVersion = null } = {}) {
  state.committee = null;
  $('workspace').hidden = true;
  $('committee-forms').replaceChildren();
  if (!committeeId) return;
  const committee = await readSoon(`/api/committees/${encodeURIComponent(committeeId)}`,
    (body) => committeeVersion === null || body.version === undefined || body.version >= committeeVersion);
  if (!committee.ok) return announce(committee.problem.detail);
  state.committee = committee.body;
  $('known-people').replaceChildren(...members().map((m) => el('option', { value: m.member.name ?? '' })));
  const path = `/api/committees/${encodeURIComponent(committeeId)}/meetings?from=1800-01-01&limit=200`;
  const meetings = await readSoon(path, (body) => !meetingId || body.items.some((m) => m.meetingId === meetingId));
  state.meetings = meetings.ok ? meetings.body.items : [];
  $('meeting').replaceChildren(el('option', { value: '', text: state.meetings.length ? 'Choose a meeting…' : 'No meetings yet: schedule one' }),
    ...state.meetings.map((m) => el('option', { value: m.meetingId, text: meetingLabel(m) })));
  drawForms($('committee-forms'), PARTS.committee);
  if (meetingId) {
    if (!state.meetings.some((m) => m.meetingId === meetingId)) {
      // just scheduled and not yet in the calendar the read model answers: chosen all the same
      $('meeting').append(el('option', { value: meetingId, text: meetingId }));
    }
    $('meeting').value = meetingId;
    await chooseMeeting(meetingId, meetingVersion);
  }
}

async function chooseMeeting(meetingId, atLeast = null) {
  state.record = null;
  state.version = null;
  state.itemId = null;
  $('workspace').hidden = true;
  if (!meetingId) return;
  if (!(await loadRecord(atLeast, meetingId))) return;
  $('workspace').hidden = false;
  drawForms($('meeting-forms'), PARTS.meeting);
  drawForms($('attendance-forms'), PARTS.attendance);
  $('attendance-forms').prepend(new NamesPaste(context, () => state, async (version) => {
    if (version !== null) await loadRecord(version);
  }).element);
  drawForms($('declaration-forms'), PARTS.declarations);
  drawForms($('agenda-forms'), PARTS.agenda);
  $('agenda-forms').prepend(new AgendaPaste(context, PARTS.agenda[0], async (version) => {
    if (version !== null) await loadRecord(version);
    announce('The pasted agenda’s items are recorded.');
  }).element);
  $('item').hidden = true;
  $('preview-link').href = `/meetings/${encodeURIComponent(meetingId)}/minutes`;
  showRecord();
  watch();
  $('meeting-heading').focus();
}

/** Reads the meeting's record, at least at the version given (what a command answered). */
async function loadRecord(atLeast, meetingId = state.record?.meetingId) {
  const minVersion = atLeast === null || atLeast === undefined ? '' : `?minVersion=${atLeast}`;
  const answer = await api.read(`/api/meetings/${encodeURIComponent(meetingId)}/minutes${minVersion}`);
  if (!answer.ok) {
    announce(answer.problem.detail);
    return false;
  }
  state.record = answer.body;
  state.version = Math.max(state.version ?? -1, answer.body.version);
  if (!$('workspace').hidden) showRecord();
  return true;
}

function showRecord() {
  const record = state.record;
  $('meeting-heading').textContent = record.title;
  $('meeting-meta').textContent = [record.date ?? 'Date not stated', record.startTime?.slice(0, 5), record.venue,
    record.status.toLowerCase(), `minutes ${record.minutesStage.toLowerCase()}`, `version ${state.version}`]
    .filter(Boolean).join(' · ');
  attendance.show(record, members());
  showFacts($('declarations-recorded'), record.generalDeclarations);
  showItems();
  state.forms.forEach((form) => form.refresh());
  showPreview();
}

/**
 * The draft minutes, drawn again for the version just read — when the clerk can see them: a frame scrolled out of
 * sight is brought up to date the moment it comes into view, not after every fact.
 */
function showPreview() {
  const wanted = `/meetings/${encodeURIComponent(state.record.meetingId)}/minutes?v=${state.version}`;
  if (state.previewInView && $('preview').getAttribute('src') !== wanted) $('preview').src = wanted;
}

new IntersectionObserver((entries) => {
  state.previewInView = entries.some((entry) => entry.isIntersecting);
  if (state.previewInView && state.record) showPreview();
}).observe($('preview'));

function showFacts(list, facts) {
  list.replaceChildren(...facts.map((fact) => el('li', {},
    el('span', { text: describeFact(fact) }), ' ',
    unprinted(fact, facts) ? el('span', { class: 'unprinted', text: `(${unprinted(fact, facts)}) ` }) : null,
    el('button', { type: 'button', class: 'secondary small', text: `Correct`, 'aria-label': `Correct: ${describeFact(fact).slice(0, 80)}`,
      onclick: () => context.correct(fact) }))));
}

// What the printed minutes do not repeat, as minutes-item.html decides it: the sentence the service would write for
// a fact stands aside when the item's minute is in the clerk's own words, and a follow-up a decision asked for is in
// the decision's words. The clerk is told beside the fact, so no sentence disappears unseen.
const SAID_BY_THE_MINUTE = new Set(['report', 'no-interests', 'no-party-whip', 'previous-minutes', 'deferral', 'question']);
const SAID_BY_THE_DECISION = new Set(['further-report', 'referral', 'action']);

function unprinted(fact, facts) {
  if (SAID_BY_THE_MINUTE.has(fact.fact) && facts.some((other) => other.fact === 'minute')) {
    return 'not printed as a sentence of its own: the minute’s words stand for it';
  }
  if (SAID_BY_THE_DECISION.has(fact.fact) && fact.resolutionId) {
    return 'not printed as a line of its own: the decision’s words say it';
  }
  return null;
}

function showItems() {
  const items = state.record.items;
  $('items').replaceChildren(...items.map((item) => el('li', { class: item.parentItemId ? 'part' : null },
    el('button', { type: 'button', class: 'link', 'aria-pressed': String(item.itemId === state.itemId), 'data-item': item.itemId,
      text: `${item.number ?? '—'} ${item.title ?? item.agendaText ?? '(no title stated)'}`, onclick: () => chooseItem(item.itemId) }),
    el('span', { class: 'meta', text: ` ${item.business.length} recorded` }))));
  if (state.itemId) {
    const item = items.find((candidate) => candidate.itemId === state.itemId);
    if (item) {
      $('item-heading').textContent = `Item ${item.number ?? ''} — ${item.title ?? item.agendaText ?? 'no title stated'}`;
      showFacts($('item-facts'), item.business);
    }
  }
}

/** The chosen item as the agenda holds it: an amendment sends the whole item, so it starts from what is there. */
function itemAsAmended() {
  const item = state.record.items.find((candidate) => candidate.itemId === state.itemId);
  const { number, parentItemId, title, agendaText, submittedBy, documents, exemption } = item;
  return { number, parentItemId, title, agendaText, submittedBy, documents, exemption };
}

function chooseItem(itemId) {
  state.itemId = itemId;
  $('item').hidden = false;
  drawForms($('item-forms'), PARTS.item);
  showItems();
  $('item-heading').focus();
}

/** Notices another clerk's change: the read model's version moving past what this console knows. */
async function watch(after = 0) {
  clearTimeout(state.watching);
  if (!state.record || document.hidden) return;
  if (after) {
    state.watching = setTimeout(watch, after);
    return;
  }
  const answer = await api.read(`/api/meetings/${encodeURIComponent(state.record.meetingId)}`);
  if (answer.ok && answer.body.version > state.version) {
    const before = state.version;
    await loadRecord();
    showChangedElsewhere(`Someone else recorded in this meeting (version ${before} → ${state.version}); `
      + 'what you see is now current.');
  }
  state.watching = setTimeout(watch, WATCH_EVERY_MS);
}

function showChangedElsewhere(text) {
  const notice = $('changed-elsewhere');
  notice.replaceChildren(el('p', { text }), el('button', { type: 'button', class: 'secondary', text: 'Dismiss',
    onclick: () => { notice.hidden = true; } }));
  notice.hidden = false;
}

const attendance = new Attendance($('members').querySelector('tbody'), $('substitute-form'), context, () => state);
const correction = new Correction($('correction-form'), context, () => state, operation);

start();
