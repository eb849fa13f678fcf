import type { Db } from "../store/database.ts";
import { auditHash, GENESIS_HASH, type AuditEvent } from "./hash.ts";
import { findByHash, readEvents } from "./read.ts";

/**
 * Verifying the audit trail: every event read in seq order, a page at a time, and for each
 *   - its hash recomputed from its content (hash.ts): a mismatch is an EDITED event — or a
 *     REORDERED one when the content hashes correctly at another position (its seq was changed);
 *   - its seq against the one before: a gap is MISSING events (deleted, or their seq changed);
 *   - its prev_hash against the previous event's hash: a mismatch nothing above explains is a
 *     BROKEN_LINK — the previous event was rewritten with a recomputed hash, or replaced.
 * A link broken next to an event already reported (edited, moved or missing) is the consequence of
 * that problem and is not reported again, so each tampering is named once, at the seq it concerns.
 *
 * What a hash chain alone cannot see: events deleted from the end, or the whole trail rewritten with
 * every hash recomputed. For those, keep the head that verification reports (its last seq and hash)
 * somewhere else, and pass it back as `anchor`: the event must still be there with that hash.
 */
export type AuditProblemKind = "EDITED" | "MISSING" | "REORDERED" | "BROKEN_LINK";

export interface AuditProblem {
  seq: number;
  kind: AuditProblemKind;
  message: string;
}

export interface AuditVerification {
  ok: boolean;
  events: number;
  problems: AuditProblem[];
  /** The last event read (null for an empty trail): note it elsewhere to verify against later. */
  head: { seq: number; hash: string } | null;
}

export interface VerifyOptions {
  pageSize?: number;
  /** An event noted earlier (e.g. a previous verification's head) that must still be there, unchanged. */
  anchor?: { seq: number; hash: string };
}

/** Events looked up by hash (a full scan each) to place moved events; beyond it, they are EDITED. */
const LOOKUP_BUDGET = 200;
/** How many moved events in a row are followed back to place one. */
const MAX_DEPTH = 16;

function short(hash: string): string {
  return `${hash.slice(0, 12)}…`;
}

function describe(e: AuditEvent): string {
  return `${e.type} at ${e.at} by ${e.actor.name}`;
}

export async function verifyAudit(db: Db, options: VerifyOptions = {}): Promise<AuditVerification> {
  const problems: AuditProblem[] = [];
  let events = 0;
  let prev: AuditEvent | null = null;
  let prevReported = false;
  let anchored: AuditEvent | null = null;
  let lookups = LOOKUP_BUDGET;
  const placed = new Map<string, number | null>();

  /** The seq an event was written with: its own if it hashes there, else found through its predecessors. */
  async function writtenSeq(e: AuditEvent, depth: number): Promise<number | null> {
    if (auditHash(e) === e.hash) return e.seq;
    const known = placed.get(e.hash);
    if (known !== undefined) return known;
    let before: number | null = null;
    if (e.prevHash === GENESIS_HASH) before = 0;
    else if (depth < MAX_DEPTH && lookups > 0) {
      lookups -= 1;
      const predecessor = await findByHash(db, e.prevHash);
      if (predecessor !== null && predecessor.hash !== e.hash) before = await writtenSeq(predecessor, depth + 1);
    }
    const seq = before !== null && auditHash({ ...e, seq: before + 1 }) === e.hash ? before + 1 : null;
    placed.set(e.hash, seq);
    return seq;
  }

  for await (const page of readEvents(db, options.pageSize === undefined ? {} : { pageSize: options.pageSize })) {
    for (const e of page) {
      events += 1;
      if (options.anchor !== undefined && e.seq === options.anchor.seq) anchored = e;
      const expected = prev === null ? 1 : prev.seq + 1;
      if (e.seq > expected) {
        const after = prev === null ? "the trail starts there" : `event #${e.seq} follows #${prev.seq}`;
        const message =
          e.seq - 1 === expected
            ? `event #${expected} is missing: it was deleted from the database, or its sequence number was changed (${after})`
            : `events #${expected}–#${e.seq - 1} (${e.seq - expected} events) are missing: they were deleted from the database, or their sequence numbers were changed (${after})`;
        problems.push({ seq: expected, kind: "MISSING", message });
        prevReported = true;
      }

      let reported = false;
      if (auditHash(e) !== e.hash) {
        reported = true;
        const written = await writtenSeq(e, 0);
        if (written !== null && written !== e.seq) {
          problems.push({
            seq: e.seq,
            kind: "REORDERED",
            message: `event #${e.seq} (${describe(e)}) is out of place: it was written as event #${written} and its sequence number was changed; its content is intact — put it back at #${written}`,
          });
        } else {
          problems.push({
            seq: e.seq,
            kind: "EDITED",
            message: `event #${e.seq} (${describe(e)}) was changed after it was written: its content no longer matches its hash — compare it with a backup or an earlier export to see what was changed`,
          });
        }
      }

      const linkTo = prev === null ? GENESIS_HASH : prev.hash;
      if (e.prevHash !== linkTo && !reported && !prevReported) {
        problems.push({
          seq: e.seq,
          kind: "BROKEN_LINK",
          message:
            prev === null
              ? `event #${e.seq} does not start the chain: its previous hash should be the genesis value (64 zeros) but is ${short(e.prevHash)} — the beginning of the trail was replaced`
              : `event #${e.seq} does not follow event #${prev.seq}: it names ${short(e.prevHash)} as the previous hash, but event #${prev.seq}'s is ${short(prev.hash)} — event #${prev.seq} was rewritten (its hash recomputed) or replaced`,
        });
      }
      prevReported = reported;
      prev = e;
    }
  }

  const anchor = options.anchor;
  if (anchor !== undefined) {
    if (anchored === null) {
      const end = prev === null ? "the trail is empty" : `the trail now ends at #${prev.seq}`;
      problems.push({ seq: anchor.seq, kind: "MISSING", message: `event #${anchor.seq}, the anchor, is missing (${end}): events were deleted from the end of the trail` });
    } else if (anchored.hash !== anchor.hash) {
      problems.push({
        seq: anchor.seq,
        kind: "EDITED",
        message: `event #${anchor.seq} does not have the anchored hash (${short(anchor.hash)}, now ${short(anchored.hash)}): the trail was rewritten at or before #${anchor.seq} and its hashes recomputed`,
      });
    }
  }

  problems.sort((a, b) => a.seq - b.seq);
  return { ok: problems.length === 0, events, problems, head: prev === null ? null : { seq: prev.seq, hash: prev.hash } };
}
