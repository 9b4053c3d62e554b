// What the console offers, part by part of the record, in the clerk's words. The fields, their limits and which
// are required come from the command side's OpenAPI document, so a form never asks for other than the API takes.
//
// Each command: the API's method and path (its {placeholders} filled from what the clerk has chosen), a label,
// and, where they differ from the defaults below, which fields pick from the record (`choose`) and which name a
// new fact (`newIds`: typed, or left empty for the service to assign); a correction of a record kept between meetings
// is filled in from the record once it is named (`prefill`, records.js).

export const PARTS = {
  // before a committee is chosen
  top: [
    { path: '/api/committees', label: 'Register a committee' },
    // an import is repeatable as it is (the same page twice records nothing), and takes no idempotency key
    { path: '/api/imports', label: 'Import a published minutes page', repeatable: true },
    // between meetings: the forward plan, decisions outside meetings and their call-in, scrutiny reports
    { path: '/api/forward-plan', label: 'Enter a key decision on the forward plan', newIds: ['decisionId'] },
    { path: '/api/executive-decisions/{decisionId}/plan-corrections', label: 'Correct a key decision’s entry on the forward plan (the entry whole, as it should read)', prefill: 'plan' },
    { path: '/api/executive-decisions/{decisionId}/notices', label: 'A key decision’s notice published' },
    { path: '/api/executive-decisions/{decisionId}/notices/{notice}/corrections', label: 'Correct a key decision’s notice, by its number, 1 for the first (the notice whole, as it should read)', prefill: 'key-decision-notice' },
    { path: '/api/executive-decisions', label: 'A decision taken outside a meeting (officer, executive member, executive)', newIds: ['decisionId'] },
    { path: '/api/executive-decisions/{decisionId}/corrections', label: 'Correct a decision taken outside a meeting (the decision whole, as it should read)', prefill: 'decision-taken' },
    { path: '/api/executive-decisions/{decisionId}/decision-notice', label: 'Decision notice published' },
    { path: '/api/executive-decisions/{decisionId}/decision-notice/corrections', label: 'Correct a decision notice (the notice whole, as it should read; its dates counted again)', prefill: 'decision-notice' },
    { path: '/api/executive-decisions/{decisionId}/call-in', label: 'A decision called in' },
    { path: '/api/executive-decisions/{decisionId}/call-in/corrections', label: 'Correct a call-in (the call-in whole, as it should read)', prefill: 'call-in' },
    { path: '/api/executive-decisions/{decisionId}/call-in/consideration', label: 'Scrutiny considered a call-in' },
    { path: '/api/executive-decisions/{decisionId}/call-in/consideration/corrections', label: 'Correct scrutiny’s consideration of a call-in (the consideration whole, as it should read)', prefill: 'consideration' },
    { path: '/api/executive-decisions/{decisionId}/reconsideration', label: 'A decision reconsidered after a call-in' },
    { path: '/api/executive-decisions/{decisionId}/reconsideration/corrections', label: 'Correct a reconsideration after a call-in (the reconsideration whole, as it should read)', prefill: 'reconsideration' },
    { path: '/api/scrutiny-reports', label: 'A scrutiny report received by the executive', newIds: ['reportId'] },
    { path: '/api/scrutiny-reports/{reportId}/corrections', label: 'Correct a scrutiny report (the report whole, as it should read; its response due counted again)', prefill: 'report' },
    { path: '/api/scrutiny-reports/{reportId}/recommendations/{recommendationId}/response', label: 'The executive’s response to a recommendation' },
    { path: '/api/scrutiny-reports/{reportId}/recommendations/{recommendationId}/response/corrections', label: 'Correct the executive’s response to a recommendation (the response whole, as it should read)', prefill: 'response' },
    { path: '/api/scrutiny-reports/{reportId}/recommendations/{recommendationId}/progress', label: 'Progress on a recommendation' },
    { path: '/api/scrutiny-reports/{reportId}/recommendations/{recommendationId}/progress/{update}/corrections', label: 'Correct progress on a recommendation, by its number, 1 for the first (the update whole, as it should read)', prefill: 'progress' },
    { path: '/api/matters', label: 'Open a matter (across meetings)' },
    { path: '/api/matters/{matterId}/corrections', label: 'Correct a matter’s title or kind' },
  ],
  committee: [
    { path: '/api/meetings', label: 'Schedule a meeting', fixed: ['committeeId'] },
    { path: '/api/committees/{committeeId}/members', label: 'Appoint a member' },
    { path: '/api/committees/{committeeId}/members/{memberId}/ending', label: 'End a membership' },
    { path: '/api/committees/{committeeId}/renamings', label: 'Rename the committee' },
    { path: '/api/committees/{committeeId}/quorum', label: 'Fix the quorum (standing orders)' },
    // a member's register of interests with the committee's council
    { path: '/api/members/{memberId}/interests', label: 'Register an interest', fixed: ['council'], newIds: ['entryId'] },
    { path: '/api/members/{memberId}/interests/{entryId}/amendments', label: 'Amend a registered interest', fixed: ['council'] },
    { path: '/api/members/{memberId}/gifts-and-hospitality', label: 'Register a gift or hospitality', fixed: ['council'], newIds: ['entryId'] },
    { path: '/api/members/{memberId}/gifts-and-hospitality/{entryId}/corrections', label: 'Correct a gift or hospitality entered wrongly', fixed: ['council'], prefill: 'gift' },
    { path: '/api/members/{memberId}/dispensations', label: 'Register a dispensation', fixed: ['council'], newIds: ['entryId'] },
    { path: '/api/members/{memberId}/dispensations/{entryId}/corrections', label: 'Correct a dispensation entered wrongly', fixed: ['council'], prefill: 'dispensation' },
  ],
  meeting: [
    { path: '/api/meetings/{meetingId}/opening', label: 'Open the meeting' },
    { path: '/api/meetings/{meetingId}/roles', label: 'Who took the chair or vice-chair' },
    { path: '/api/meetings/{meetingId}/adjournments', label: 'Adjourn' },
    { path: '/api/meetings/{meetingId}/resumptions', label: 'Resume' },
    { path: '/api/meetings/{meetingId}/closing', label: 'Close the meeting' },
    { path: '/api/meetings/{meetingId}/previous-minutes', label: 'Minutes of the previous meeting confirmed' },
    { path: '/api/meetings/{meetingId}/signature', label: 'Sign the minutes (the chair)' },
    { path: '/api/meetings/{meetingId}/rescheduling', label: 'Reschedule' },
    { path: '/api/meetings/{meetingId}/cancellation', label: 'Cancel the meeting' },
    // the chosen committee and the meeting's day go with the page: the import fills this meeting in, never a twin
    { path: '/api/imports', label: 'Fill this meeting in from its published minutes page', repeatable: true,
      fixed: ['committee', 'date'] },
  ],
  attendance: [
    { path: '/api/meetings/{meetingId}/attendance/members', label: 'Someone else present' },
    { path: '/api/meetings/{meetingId}/attendance/apologies', label: 'Apologies from someone else' },
    { path: '/api/meetings/{meetingId}/attendance/substitutes', label: 'A substitute' },
    { path: '/api/meetings/{meetingId}/attendance/officers', label: 'An officer in attendance' },
    { path: '/api/meetings/{meetingId}/attendance/others', label: 'Also in attendance (a guest)' },
    { path: '/api/meetings/{meetingId}/attendance/late-arrivals', label: 'Arrived late' },
    { path: '/api/meetings/{meetingId}/attendance/early-departures', label: 'Left early' },
    { path: '/api/meetings/{meetingId}/attendance/earlier-absence-apologies', label: 'Apologies for earlier absence' },
  ],
  declarations: [
    { path: '/api/meetings/{meetingId}/declarations/interests', label: 'Declare an interest' },
    { path: '/api/meetings/{meetingId}/declarations/no-interests', label: 'No declarations of interest' },
    { path: '/api/meetings/{meetingId}/declarations/party-whips', label: 'Declare a party whip' },
    { path: '/api/meetings/{meetingId}/declarations/no-party-whip', label: 'No party whip' },
  ],
  agenda: [
    { path: '/api/meetings/{meetingId}/agenda/items', label: 'Add an item to the agenda', newIds: ['itemId'] },
    { path: '/api/meetings/{meetingId}/agenda/order', label: 'Reorder the agenda' },
    { path: '/api/meetings/{meetingId}/agenda/publication', label: 'Agenda published' },
  ],
  item: [
    { path: '/api/meetings/{meetingId}/items/{itemId}/minute', label: 'Minute' },
    { path: '/api/meetings/{meetingId}/items/{itemId}/resolutions', label: 'Resolution', newIds: ['resolutionId'] },
    { path: '/api/meetings/{meetingId}/items/{itemId}/lost-motions', label: 'Motion lost', newIds: ['resolutionId'] },
    { path: '/api/meetings/{meetingId}/items/{itemId}/reports', label: 'Report considered' },
    { path: '/api/meetings/{meetingId}/items/{itemId}/noted', label: 'Noted' },
    { path: '/api/meetings/{meetingId}/items/{itemId}/further-reports', label: 'Further report requested', newIds: ['actionId'] },
    { path: '/api/meetings/{meetingId}/items/{itemId}/referrals', label: 'Referred to another body', newIds: ['actionId'] },
    { path: '/api/meetings/{meetingId}/items/{itemId}/actions', label: 'Action agreed', newIds: ['actionId'] },
    { path: '/api/meetings/{meetingId}/items/{itemId}/questions', label: 'Question asked', newIds: ['questionId'] },
    { path: '/api/meetings/{meetingId}/items/{itemId}/no-questions', label: 'No questions' },
    { path: '/api/meetings/{meetingId}/items/{itemId}/petitions', label: 'Petition received', newIds: ['petitionId'] },
    { path: '/api/meetings/{meetingId}/items/{itemId}/no-petitions', label: 'No petitions' },
    { path: '/api/meetings/{meetingId}/items/{itemId}/representations', label: 'Representation received', newIds: ['representationId'] },
    { path: '/api/meetings/{meetingId}/items/{itemId}/no-representations', label: 'No representations' },
    { path: '/api/meetings/{meetingId}/items/{itemId}/announcements', label: 'Chair’s announcement' },
    { path: '/api/meetings/{meetingId}/items/{itemId}/urgent', label: 'Taken as urgent business' },
    { path: '/api/meetings/{meetingId}/items/{itemId}/no-urgent-items', label: 'No urgent business' },
    { path: '/api/meetings/{meetingId}/items/{itemId}/no-matters-arising', label: 'No matters arising' },
    { path: '/api/meetings/{meetingId}/items/{itemId}/deferral', label: 'Deferred' },
    { path: '/api/meetings/{meetingId}/items/{itemId}/withdrawal', label: 'Withdrawn' },
    { path: '/api/meetings/{meetingId}/items/{itemId}/future-meeting-dates', label: 'Dates of future meetings' },
    { path: '/api/meetings/{meetingId}/items/{itemId}/earlier-minutes-corrections', label: 'Correction to earlier minutes noted' },
    { path: '/api/meetings/{meetingId}/agenda/items/{itemId}', method: 'put', label: 'Change this item on the agenda', prefill: 'item' },
    { path: '/api/meetings/{meetingId}/questions/{questionId}/answer', label: 'A question answered' },
    { path: '/api/meetings/{meetingId}/questions/{questionId}/supplementary', label: 'A supplementary question' },
    { path: '/api/meetings/{meetingId}/questions/{questionId}/supplementary/answer', label: 'A supplementary question answered' },
    { path: '/api/meetings/{meetingId}/questions/{questionId}/written-reply-promise', label: 'A written reply promised' },
    { path: '/api/meetings/{meetingId}/questions/{questionId}/written-reply', label: 'A written reply sent' },
    { path: '/api/meetings/{meetingId}/actions/{actionId}/completion', label: 'An action completed' },
    { path: '/api/matters/{matterId}/considerations', label: 'This item takes up a matter', fixed: ['atMeetingId', 'itemId'] },
    { path: '/api/matters/{matterId}/considerations/striking-out', label: 'This item did not take up the matter', fixed: ['atMeetingId', 'itemId'] },
  ],
  correction: { path: '/api/meetings/{meetingId}/corrections', label: 'Correct this fact' },
};

/**
 * The form that records each kind of fact (the record's `fact`), under /api/meetings/{meetingId}/: a fact is
 * corrected in its own form, filled in as recorded. A kind not listed is corrected field by field.
 */
export const FORM_OF = {
  present: 'attendance/members', apologies: 'attendance/apologies', substitute: 'attendance/substitutes',
  officer: 'attendance/officers', other: 'attendance/others', 'late-arrival': 'attendance/late-arrivals',
  'early-departure': 'attendance/early-departures', 'earlier-absence': 'attendance/earlier-absence-apologies',
  interest: 'declarations/interests', 'no-interests': 'declarations/no-interests',
  'party-whip': 'declarations/party-whips', 'no-party-whip': 'declarations/no-party-whip',
  'previous-minutes': 'previous-minutes', role: 'roles',
  report: 'items/{itemId}/reports', minute: 'items/{itemId}/minute', noted: 'items/{itemId}/noted',
  'no-matters-arising': 'items/{itemId}/no-matters-arising', representation: 'items/{itemId}/representations',
  'no-representations': 'items/{itemId}/no-representations', 'urgent-item': 'items/{itemId}/urgent',
  'no-urgent-items': 'items/{itemId}/no-urgent-items', 'earlier-minutes-correction': 'items/{itemId}/earlier-minutes-corrections',
  announcement: 'items/{itemId}/announcements', petition: 'items/{itemId}/petitions',
  'no-petitions': 'items/{itemId}/no-petitions', 'no-questions': 'items/{itemId}/no-questions',
  'future-meeting-dates': 'items/{itemId}/future-meeting-dates', deferral: 'items/{itemId}/deferral',
  withdrawal: 'items/{itemId}/withdrawal', resolution: 'items/{itemId}/resolutions',
  'lost-motion': 'items/{itemId}/lost-motions', question: 'items/{itemId}/questions',
  'further-report': 'items/{itemId}/further-reports', referral: 'items/{itemId}/referrals',
  action: 'items/{itemId}/actions',
};

/** The command recording a kind of fact, from the parts above, or null. */
export function formOf(kind) {
  const path = FORM_OF[kind] && `/api/meetings/{meetingId}/${FORM_OF[kind]}`;
  return Object.values(PARTS).flat().find((command) => command.path === path) ?? null;
}

/** Fields that name something already recorded: the clerk picks it from the record rather than typing its id. */
export const CHOICES = {
  itemId: 'items', parentItemId: 'items', fromItemId: 'items',
  memberId: 'members', questionId: 'questions', actionId: 'actions', resolutionId: 'resolutions',
  confirmedMeetingId: 'meetings', atMeetingId: 'meetings', notedAtMeetingId: 'meetings', correctedMeetingId: 'meetings',
};

/** Labels in the clerk's words, and what to type where the API takes more than one form. */
export const LABELS = {
  committeeId: ['Committee id', 'Left empty, made from its name; or letters, digits, . _ - (e.g. cfosc)'],
  meetingId: ['Meeting id', 'Left empty, made from the committee and the day: cfosc-2020-11-18'],
  itemId: ['Item', null], parentItemId: ['Part of item', null], fromItemId: ['From item', null],
  resolutionId: ['Resolution', null], actionId: ['Action', null], questionId: ['Question', null],
  petitionId: ['Petition id', null], representationId: ['Representation id', null], declarationId: ['Declaration id', null],
  memberId: ['Member', null], entryId: ['Entry', null],
  memberName: ['Member’s name', 'As the register writes it'], registeredOn: ['Registered on', 'Only if the register gives it'],
  until: ['Until', 'Only if the register gives it'], sensitive: ['Sensitive (s.32): details withheld from the public', null],
  asOf: ['Reads so from', null], donor: ['Donor', null], value: ['Value (£)', null],
  grantedBy: ['Granted by', null], forWhat: ['For', 'The business it covers'],
  name: ['Name', null], role: ['Role', 'As the minutes give it: “the Chair”'], id: ['Id', 'Only if they have one: left empty, a member is known by their name'],
  council: ['Council', 'Omit when the page does not say'], kind: ['Kind', null], timeZone: ['Time zone', 'Europe/London unless the council is elsewhere'],
  title: ['Title', null], special: ['A special meeting', null],
  startsAt: ['Starts at', 'Day and time as the minutes write them: 18/11/2020 9.30am'], date: ['Date', 'As the minutes write it: 18/11/2020'], venue: ['Venue', null],
  contacts: ['Contact', null], email: ['Email', null], phone: ['Telephone', null], webcastUrl: ['Webcast link', null],
  openedAt: ['Opened at', 'A time as the minutes write it: 9.30am'], closedAt: ['Closed at', 'A time as the minutes write it: 12.12pm'],
  adjournedAt: ['Adjourned at', 'A time: 3.10pm'], resumedAt: ['Resumed at', 'A time: 3.25pm'],
  chair: ['Chair', null], person: ['Person', null], reason: ['Reason', null],
  member: ['Member', null], substitute: ['Substitute', null], forMember: ['For member', 'The absent member'],
  officer: ['Officer', null], guest: ['Guest', null], capacity: ['Capacity', null], absences: ['Absences', null],
  number: ['Number', '28, 2(a)'], agendaText: ['Agenda text', null], submittedBy: ['Submitted by', null],
  documents: ['Document', null], url: ['Link', null], format: ['Format', 'PDF'], size: ['Size', '238 KB'],
  additional: ['An additional document', null], exemption: ['Exempt (Schedule 12A)', null],
  schedule12AParagraph: ['Paragraph of Schedule 12A', null], itemIds: ['Items in the new order', 'One id a line'],
  publishedOn: ['Published on', null], words: ['Words', 'As minuted'], category: ['Category', null],
  leftRoom: ['Left the room', null], tookNoPartInVote: ['Took no part in the vote', null], dispensation: ['Dispensation', null],
  confirmedMeetingDate: ['Date of the meeting confirmed', null], correctionsNoted: ['Corrections noted', 'One a line'],
  takenAsRead: ['Taken as read', null], signed: ['Signed at this meeting', null], signedBy: ['Signed by', null],
  blocks: ['Minute', 'Paragraphs apart by a blank line; a line starting “• ” or “- ” is a bullet; “# ” a sub-heading'],
  cutOff: ['The source text stops short', null], text: ['Text', null],
  form: ['Form', null], preamble: ['Preamble', 'RESOLVED that the Board: …'], parts: ['Part', null], label: ['Label', '(a)'],
  movedBy: ['Moved by', null], secondedBy: ['Seconded by', null], vote: ['Vote', null],
  votesFor: ['For', null], against: ['Against', null], abstentions: ['Abstentions', null],
  memberVotes: ['Member’s vote', null], ballot: ['Ballot', null], castingVote: ['Casting vote', null],
  presentedBy: ['Presented by', null], reference: ['Reference', null], subject: ['Subject', 'Only if the minutes state it apart from the decision’s words'], toBody: ['To', 'The body, only if the minutes name one: “Scrutiny Board 4”'],
  dueMeetingDate: ['Due at the meeting of', null], description: ['Description', null], owner: ['Owner', null], dueBy: ['Due by', null],
  completedOn: ['Completed on', null], note: ['Note', null], askedBy: ['Asked by', null], askedOf: ['Asked of', null],
  standingOrder: ['Standing order', null], atChairsDiscretion: ['At the chair’s discretion', null], answeredBy: ['Answered by', null],
  toSupplementary: ['To the supplementary question', null], promisedBy: ['Promised by', null], sentOn: ['Sent on', null],
  signatures: ['Signatures', null], from: ['From', 'Only if the page gives it'], dates: ['Dates', 'One a line as the minutes write it: 19 January 2021 at 2.00pm, or 9 March 2021'],
  correctedMeetingDate: ['Date of the meeting corrected', null], effectiveFrom: ['From', null], on: ['On', null],
  correctedBy: ['Corrected by', null], correctsSequenceNumber: ['Fact', null],
  source: ['Source', 'The page’s file name or address'], sha256: ['Checksum', null],
  mode: ['Attended', 'In person unless the minutes say remotely, or in attendance (not a member)'],
  signatureRole: ['Signature block', 'The office it names: CHAIRMAN, Chair, Mayor'],
  partId: ['Part', 'Its id: a for “a)”'], earlierVotes: ['An earlier vote', 'A show of hands before a recorded vote'],
  method: ['Vote taken by', null], amendments: ['Amendment', null], amendmentId: ['Amendment id', 'Left empty: 1, 2…'],
  outcome: ['What became of it', null], statutory: ['Decision details', 'Only what the minutes or notice state'],
  decisionMaker: ['Decision maker', null], reasons: ['Reasons for the decision', null],
  alternativesRejected: ['Alternatives considered and rejected', null],
  conflictsOfInterest: ['Interests declared', null], dispensations: ['Dispensations', null],
  keyDecision: ['A key decision', null], subjectToCallIn: ['Subject to call-in', null],
  callInDeadline: ['Call-in deadline', null], implementationDate: ['Effective from', null],
  decisionId: ['Decision id', 'Letters, digits, . _ - (e.g. highways-2027)'], reportId: ['Report id', 'Letters, digits, . _ - (e.g. ta-review-2026)'],
  recommendationId: ['Recommendation id', 'r1, r2… as the report numbers them'], plannedFor: ['Planned for', null],
  privateReason: ['In private because', 'Omit when it is to be taken in public'], agreedBy: ['Scrutiny chair informed or agreeing', null],
  makerKind: ['Taken by', null], maker: ['Decision maker', null], delegation: ['Under the power', 'Scheme of delegation, part 3, para 4.2'],
  takenOn: ['Taken on', null], decision: ['Decision', null], conflicts: ['Conflicts of interest', 'One a line, as written'],
  key: ['A key decision', null], exemptParagraph: ['Exempt under paragraph', 'Of Schedule 12A'], exemptPart: ['Exempt part (never published)', null],
  matterId: ['Matter', 'Only if it belongs to one'], requestedOn: ['Called in on', null], requestedBy: ['Called in by', null],
  consideredOn: ['Considered on', null], reconsideredOn: ['Reconsidered on', null], receivedOn: ['Received on', null],
  respondent: ['To respond', 'Cabinet'], recommendations: ['Recommendation', null], response: ['Response', null],
  respondedOn: ['Responded on', null], respondedBy: ['Responded by', null], reportedOn: ['Reported on', null],
  progress: ['Progress', null], implemented: ['Implemented in full', null],
  members: ['Quorum (members)', 'A number, or give a divisor instead'],
  divisor: ['Quorum: one part in', '4 for “one quarter of the members”'], atLeast: ['But not less than', null],
  whenInquorate: ['A decision without a quorum is', null],
  remoteAttendanceCounts: ['Remote attendance counts as present', 'Not in England since May 2021'],
};

export function labelOf(field) {
  const known = LABELS[field];
  if (known) {
    return known[0];
  }
  const words = field.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function hintOf(field) {
  return LABELS[field] ? LABELS[field][1] : null;
}
