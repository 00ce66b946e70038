import type { GraphExecutor } from '../db/executor.js';
import { badUserInput, notFound } from '../common/errors.js';
import type { AmendmentRecord } from './rules.js';

// Whether an amending act is in force is data, not code: the Council adopted the Digital Omnibus on AI
// on 2026-06-29, but its publication in the Official Journal is not verified here. An administrator
// records it (date and OJ reference) once it is; until then every answer's default date basis stays
// the Regulation as published. The record is one (:Amendment) node, outside the organisation's labels.

/** The amending acts Crosswalk knows, by id. */
export const AMENDMENTS: Record<string, { name: string; notePrefix: string }> = {
  'amendment:digital-omnibus-ai': { name: 'Digital Omnibus on AI', notePrefix: 'NOTE-OMNIBUS' },
};
const OMNIBUS_ID = 'amendment:digital-omnibus-ai';

/** An amendment as the API shows it. */
export interface AmendmentRow extends AmendmentRecord {
  id: string;
  name: string;
  status: string;
  recordedBy: string | null;
  recordedAt: string | null;
}

const MAX_OFFICIAL_JOURNAL_LENGTH = 200;

function knownAmendment(id: string): { name: string; notePrefix: string } {
  const amendment = AMENDMENTS[id];
  if (!amendment) throw notFound(`No amendment with id "${id}"; known: ${Object.keys(AMENDMENTS).join(', ')}.`, 'id');
  return amendment;
}

/** Every known amendment with its record (not in force when nothing is recorded) and the latest legislative note's status. */
export async function amendments(db: GraphExecutor): Promise<AmendmentRow[]> {
  const ids = Object.keys(AMENDMENTS);
  const rows = await db.read(
    `UNWIND $amendments AS amendment
     OPTIONAL MATCH (a:Amendment {id: amendment.id})
     CALL (amendment) {
       OPTIONAL MATCH (n:LegislativeNote) WHERE n.code STARTS WITH amendment.notePrefix
       RETURN n.status AS status, n.date AS date ORDER BY n.date DESC LIMIT 1
     }
     RETURN amendment.id AS id, a {.inForce, .inForceSince, .officialJournal, .recordedBy, .recordedAt} AS record,
       status, date`,
    { amendments: ids.map((id) => ({ id, notePrefix: AMENDMENTS[id]!.notePrefix })) },
  );
  return rows.map((row) => {
    const record = (row.record ?? {}) as Partial<Record<string, unknown>>;
    const id = row.id as string;
    return {
      id,
      name: AMENDMENTS[id]!.name,
      status: typeof row.status === 'string' ? `${row.status} (${String(row.date)})` : 'unknown',
      inForce: record.inForce === true,
      inForceSince: (record.inForceSince as string | undefined) ?? null,
      officialJournal: (record.officialJournal as string | undefined) ?? null,
      recordedBy: (record.recordedBy as string | undefined) ?? null,
      recordedAt: (record.recordedAt as string | undefined) ?? null,
    };
  });
}

/** The Digital Omnibus record the rules read (one small query per request that needs dates). */
export async function omnibusRecord(db: GraphExecutor): Promise<AmendmentRecord> {
  const rows = await db.read(
    'MATCH (a:Amendment {id: $id}) RETURN a.inForce AS inForce, a.inForceSince AS inForceSince, a.officialJournal AS officialJournal',
    {
      id: OMNIBUS_ID,
    },
  );
  const row = rows[0];
  return {
    inForce: row?.inForce === true,
    inForceSince: (row?.inForceSince as string | undefined) ?? null,
    officialJournal: (row?.officialJournal as string | undefined) ?? null,
  };
}

/** Records the amendment in force since a date with its OJ reference, in one write (audited). */
export async function recordAmendmentInForce(
  db: GraphExecutor,
  id: string,
  input: { inForceSince: string; officialJournal: string; recordedBy: string },
): Promise<AmendmentRow> {
  knownAmendment(id);
  const officialJournal = input.officialJournal.trim();
  if (officialJournal.length === 0)
    throw badUserInput('officialJournal must name the Official Journal publication, e.g. "OJ L, 2026/1234, 20.7.2026".', 'officialJournal');
  if ([...officialJournal].length > MAX_OFFICIAL_JOURNAL_LENGTH) {
    throw badUserInput(`officialJournal may be at most ${MAX_OFFICIAL_JOURNAL_LENGTH} characters.`, 'officialJournal');
  }
  await db.write(async (tx) => {
    await tx.touch('Amendment', id);
    await tx.run(
      `MERGE (a:Amendment {id: $id})
       SET a.inForce = true, a.inForceSince = date($inForceSince), a.officialJournal = $officialJournal,
           a.recordedBy = $recordedBy, a.recordedAt = datetime()`,
      { id, inForceSince: input.inForceSince, officialJournal, recordedBy: input.recordedBy },
    );
  });
  return (await amendments(db)).find((row) => row.id === id)!;
}

/** Withdraws the record: the amendment counts as not in force again. */
export async function clearAmendmentInForce(db: GraphExecutor, id: string): Promise<AmendmentRow> {
  knownAmendment(id);
  await db.write(async (tx) => {
    await tx.touch('Amendment', id);
    // No record is "not in force"; the audit trail keeps who withdrew it and when.
    await tx.run('MATCH (a:Amendment {id: $id}) DETACH DELETE a', { id });
  });
  return (await amendments(db)).find((row) => row.id === id)!;
}
