// The console's two services: it reads the record from this one (the query side) and records through the
// command side's HTTP API, the only write path. Every request signs in anew with the clerk's name and password.

const SIGN_IN = 'minutebook.console.sign-in';

/** A problem of the console's own making when no answer came back (the service is down, the network is out). */
function unreachable(service) {
  return {
    status: 0, rule: 'unreachable',
    detail: `The ${service} could not be reached. Nothing new is known to be recorded; send it again — the same ` +
      'request is recorded only once.',
  };
}

export class Api {
  constructor(commandSide) {
    this.commandSide = commandSide.replace(/\/$/, '');
    // Kept for this tab only, so a reload does not sign the clerk out; closing the tab, or signing out, forgets it.
    this.authorization = sessionStorage.getItem(SIGN_IN);
  }

  get signedIn() {
    return this.authorization !== null;
  }

  /** Checks a name and password against the query side; keeps them only when they are right. */
  async signIn(user, password) {
    const authorization = 'Basic ' + btoa(String.fromCodePoint(...new TextEncoder().encode(`${user}:${password}`)));
    const answer = await this.send('query side', '/api/me', { headers: { Authorization: authorization } });
    if (answer.ok) {
      this.authorization = authorization;
      sessionStorage.setItem(SIGN_IN, authorization);
    }
    return answer;
  }

  signOut() {
    this.authorization = null;
    sessionStorage.removeItem(SIGN_IN);
  }

  /** A read of the record (exempt business included, for those who may read it). */
  read(path) {
    return this.send('query side', path, { headers: this.headers() });
  }

  /** The command side's OpenAPI document: the commands, their fields and limits. */
  commands() {
    return this.send('command side', this.commandSide + '/v3/api-docs', {});
  }

  /** The meeting's history from the event store: each fact as recorded, with its sequence number. */
  history(meetingId) {
    return this.send('command side', `${this.commandSide}/api/meetings/${encodeURIComponent(meetingId)}/history`,
      { headers: this.headers() });
  }

  /**
   * Sends a command. The idempotency key makes a retry (a double click, a lost answer) record nothing twice; the
   * version sent as If-Match refuses it when someone else changed the record since it was read.
   */
  record(method, path, body, { idempotencyKey, version }) {
    const headers = this.headers({ 'Content-Type': 'application/json' });
    if (idempotencyKey) {
      headers['Idempotency-Key'] = idempotencyKey;
    }
    if (version !== undefined && version !== null) {
      headers['If-Match'] = `"${version}"`;
    }
    return this.send('command side', this.commandSide + path, { method, headers, body: JSON.stringify(body) });
  }

  headers(extra = {}) {
    return this.authorization ? { Authorization: this.authorization, ...extra } : extra;
  }

  async send(service, url, init) {
    let response;
    try {
      // 'omit': the Authorization header is the only sign-in sent; no cookie, no password the browser remembers
      response = await fetch(url, { credentials: 'omit', ...init });
    } catch (e) {
      return { ok: false, status: 0, problem: unreachable(service) };
    }
    const type = response.headers.get('Content-Type') || '';
    const body = type.includes('json') ? await response.json().catch(() => null) : await response.text();
    const answer = { ok: response.ok, status: response.status, etag: response.headers.get('ETag') };
    if (response.ok) {
      answer.body = body;
    } else {
      answer.problem = body && typeof body === 'object' ? body
        : { status: response.status, detail: `The ${service} answered ${response.status}.` };
    }
    return answer;
  }
}
