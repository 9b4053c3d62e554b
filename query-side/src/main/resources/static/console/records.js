// Correcting a record kept between meetings in its own form: once the clerk has named the record (the decision, the
// member's entry), its form is filled in as the record now reads, read from this side, so the clerk changes only
// what was wrong and says why. Each answers the body its correction takes, or null when there is no such record.

/** The record's values without what it does not state: a field left empty stays empty. */
function stated(values) {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null && value !== undefined));
}

async function decision(api, decisionId) {
  const answer = await api.read(`/api/executive-decisions/${encodeURIComponent(decisionId)}`);
  return answer.ok ? answer.body : null;
}

/** The entry of a member's register with the council, as it stands today. */
async function entry(api, memberId, council, list, entryId) {
  const answer = await api.read(`/api/members/${encodeURIComponent(memberId)}/interests`);
  const register = answer.ok ? answer.body.find((held) => held.council === council) : null;
  return register ? (register[list] || []).find((held) => held.entryId === entryId) ?? null : null;
}

export const RECORDS = {
  async 'decision-taken'(api, path) {
    const answer = await decision(api, path.decisionId);
    const d = answer?.decision;
    if (!d?.taken) return null;
    const t = d.taken;
    return { corrected: stated({ decisionId: d.decisionId, council: d.council, title: d.title, matterId: d.matterId,
      makerKind: t.makerKind, maker: t.maker, delegation: t.delegation, takenOn: t.takenOn, meetingId: t.meetingId,
      decision: t.decision, reasons: t.reasons, alternativesRejected: t.alternativesRejected, conflicts: t.conflicts,
      dispensations: t.dispensations, key: t.key, exemptParagraph: t.exemptParagraph, exemptPart: answer.exemptPart }) };
  },
  async plan(api, path) {
    const d = (await decision(api, path.decisionId))?.decision;
    if (!d?.forwardPlan) return null;
    const p = d.forwardPlan;
    return { corrected: stated({ decisionId: d.decisionId, council: d.council, title: d.title, matterId: d.matterId,
      decisionMaker: p.decisionMaker, plannedFor: p.plannedFor, privateReason: p.privateReason }) };
  },
  async 'key-decision-notice'(api, path) {
    const n = (await decision(api, path.decisionId))?.decision?.forwardPlan?.notices?.[Number(path.notice) - 1];
    return n ? { corrected: stated({ kind: n.kind, publishedOn: n.publishedOn, reason: n.reason, agreedBy: n.agreedBy }) }
      : null;
  },
  async 'decision-notice'(api, path) {
    const n = (await decision(api, path.decisionId))?.decision?.decisionNotice;
    return n ? { corrected: { publishedOn: n.publishedOn } } : null;
  },
  async 'call-in'(api, path) {
    const c = (await decision(api, path.decisionId))?.decision?.callIn;
    return c ? { corrected: stated({ requestedOn: c.requestedOn, requestedBy: c.requestedBy, reasons: c.reasons }) }
      : null;
  },
  async consideration(api, path) {
    const c = (await decision(api, path.decisionId))?.decision?.callIn;
    return c?.outcome ? { corrected: stated({ consideredOn: c.consideredOn, committeeId: c.committeeId,
      meetingId: c.meetingId, outcome: c.outcome, reasons: c.resolution }) } : null;
  },
  async reconsideration(api, path) {
    const r = (await decision(api, path.decisionId))?.decision?.reconsidered;
    return r ? { corrected: stated({ reconsideredOn: r.reconsideredOn, outcome: r.outcome, decision: r.decision,
      reasons: r.reasons }) } : null;
  },
  async report(api, path) {
    const answer = await api.read(`/api/scrutiny-reports/${encodeURIComponent(path.reportId)}`);
    const r = answer.ok ? answer.body : null;
    return r ? { corrected: stated({ reportId: r.reportId, committeeId: r.committeeId, title: r.title, receivedOn: r.receivedOn,
      respondent: r.respondent, matterId: r.matterId, recommendations: r.recommendations.map((one) =>
        stated({ recommendationId: one.recommendationId, number: one.number, text: one.text })) }) } : null;
  },
  async progress(api, path) {
    const answer = await api.read(`/api/scrutiny-reports/${encodeURIComponent(path.reportId)}`);
    const tracked = answer.ok ? answer.body.recommendations.find((r) => r.recommendationId === path.recommendationId) : null;
    const update = tracked?.progress?.[Number(path.update) - 1];
    return update ? { corrected: stated({ reportedOn: update.reportedOn, progress: update.progress,
      implemented: update.implemented }) } : null;
  },
  async response(api, path) {
    const answer = await api.read(`/api/scrutiny-reports/${encodeURIComponent(path.reportId)}`);
    const tracked = answer.ok ? answer.body.recommendations.find((r) => r.recommendationId === path.recommendationId) : null;
    return tracked?.response ? stated({ response: tracked.response, reasons: tracked.reasons,
      respondedOn: tracked.respondedOn, respondedBy: tracked.respondedBy }) : null;
  },
  async gift(api, path, council) {
    const gift = await entry(api, path.memberId, council, 'giftsAndHospitality', path.entryId);
    return gift && stated({ description: gift.description, donor: gift.donor, value: gift.value,
      receivedOn: gift.receivedOn, registeredOn: gift.registeredOn });
  },
  async dispensation(api, path, council) {
    const held = await entry(api, path.memberId, council, 'dispensations', path.entryId);
    return held && stated({ grantedBy: held.grantedBy, forWhat: held.forWhat, from: held.from, until: held.until,
      registeredOn: held.registeredOn });
  },
};
