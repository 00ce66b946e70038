// Which writes the server acknowledged, and what the graph must therefore hold afterwards: the
// "zero lost writes" check of `pnpm load`. Pure bookkeeping; the CLI reads the graph and compares.

/** A property (a string, or absent: null) or a relationship set (ids, order ignored). */
export type FieldValue = string | null | readonly string[];

/** One write the load sends: the node it creates or changes and the values it sets. */
export interface WriteAttempt {
  label: string;
  id: string;
  /** True for a create: the node exists only if this write was applied. */
  create: boolean;
  fields: Readonly<Record<string, FieldValue>>;
}

/**
 * What a write's answer says about the graph. `acknowledged`: data, no error; `refused`: an error
 * answer, so nothing may have been written; `unknown`: no usable answer (timeout, dropped connection,
 * 5xx), so the write may or may not have been applied.
 */
export type WriteOutcome = 'acknowledged' | 'refused' | 'unknown';

interface LostWrite {
  /** The write's sequence number (in the order answers arrived). */
  write: number;
  id: string;
  /** The field that does not hold what the write set, or `(node)` when the node is missing. */
  field: string;
  expected: string[];
  actual: string;
}

export interface LedgerCheck {
  acknowledged: number;
  /** Acknowledged writes whose effect the graph holds (or that a later acknowledged write replaced). */
  present: number;
  lost: LostWrite[];
  /** Refused writes whose values the graph holds anyway: a partial or refused-yet-applied write. */
  refusedButApplied: LostWrite[];
}

/** Values are compared as JSON; relationship sets sorted first. */
export function canonical(value: FieldValue | undefined): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  return JSON.stringify([...value].sort());
}

interface FieldExpectation {
  /** What the field may hold: the last acknowledged value plus those of later unknown-outcome writes. */
  accepted: Set<string>;
  /** The write that set the accepted value, or null when no acknowledged write set this field. */
  lastAcknowledged: number | null;
  refused: Set<string>;
}

interface NodeExpectation {
  label: string;
  id: string;
  /** An acknowledged create or update: the node must exist. */
  mustExist: boolean;
  /** A refused create and nothing else: the node must not exist. */
  mustNotExist: boolean;
  fields: Map<string, FieldExpectation>;
  acknowledgedWrites: number[];
  refusedWrites: number[];
}

export class WriteLedger {
  private readonly nodes = new Map<string, NodeExpectation>();
  private sequence = 0;
  private acknowledgedCount = 0;
  private readonly counts: Record<WriteOutcome, number> = { acknowledged: 0, refused: 0, unknown: 0 };

  /** Records an answered (or unanswered) write; returns its sequence number. */
  record(attempt: WriteAttempt, outcome: WriteOutcome): number {
    const write = ++this.sequence;
    this.counts[outcome] += 1;
    let node = this.nodes.get(attempt.id);
    if (!node) {
      node = {
        label: attempt.label,
        id: attempt.id,
        mustExist: false,
        mustNotExist: false,
        fields: new Map(),
        acknowledgedWrites: [],
        refusedWrites: [],
      };
      this.nodes.set(attempt.id, node);
    }
    if (outcome === 'acknowledged') {
      this.acknowledgedCount += 1;
      node.mustExist = true;
      node.mustNotExist = false;
      node.acknowledgedWrites.push(write);
    } else if (outcome === 'refused') {
      node.refusedWrites.push(write);
      if (attempt.create && !node.mustExist && node.acknowledgedWrites.length === 0) node.mustNotExist = true;
    } else if (attempt.create) {
      // The create may have been applied after all: its absence proves nothing, nor does its presence.
      node.mustNotExist = false;
    }
    for (const [name, value] of Object.entries(attempt.fields)) {
      let field = node.fields.get(name);
      if (!field) {
        field = { accepted: new Set(), lastAcknowledged: null, refused: new Set() };
        node.fields.set(name, field);
      }
      const text = canonical(value);
      if (outcome === 'acknowledged') {
        field.accepted = new Set([text]);
        field.lastAcknowledged = write;
      } else if (outcome === 'unknown') {
        field.accepted.add(text);
      } else {
        field.refused.add(text);
      }
    }
    return write;
  }

  get acknowledged(): number {
    return this.acknowledgedCount;
  }

  outcomes(): Readonly<Record<WriteOutcome, number>> {
    return this.counts;
  }

  /** Every node id the load wrote or tried to write, by label: what to read back and remove. */
  idsByLabel(): Map<string, string[]> {
    const byLabel = new Map<string, string[]>();
    for (const node of this.nodes.values()) {
      const ids = byLabel.get(node.label) ?? [];
      ids.push(node.id);
      byLabel.set(node.label, ids);
    }
    return byLabel;
  }

  /**
   * Compares the graph with what the acknowledged writes promise. `actual` maps each id found to its
   * fields (properties and relationship sets, named as in the writes); ids not in it are absent.
   */
  check(actual: ReadonlyMap<string, Readonly<Record<string, FieldValue>>>): LedgerCheck {
    const lost: LostWrite[] = [];
    const refusedButApplied: LostWrite[] = [];
    const lostWrites = new Set<number>();
    for (const node of this.nodes.values()) {
      const found = actual.get(node.id);
      if (!found) {
        if (node.mustExist) {
          for (const write of node.acknowledgedWrites) {
            lostWrites.add(write);
            lost.push({ write, id: node.id, field: '(node)', expected: ['present'], actual: 'absent' });
          }
        }
        continue;
      }
      if (node.mustNotExist) {
        refusedButApplied.push({
          write: node.refusedWrites[0] ?? 0,
          id: node.id,
          field: '(node)',
          expected: ['absent'],
          actual: 'present',
        });
        continue;
      }
      for (const [name, field] of node.fields) {
        const value = canonical(found[name]);
        if (field.lastAcknowledged !== null) {
          if (!field.accepted.has(value)) {
            if (!lostWrites.has(field.lastAcknowledged)) {
              lostWrites.add(field.lastAcknowledged);
              lost.push({ write: field.lastAcknowledged, id: node.id, field: name, expected: [...field.accepted], actual: value });
            }
          }
        }
        if (field.refused.has(value) && !field.accepted.has(value)) {
          refusedButApplied.push({
            write: node.refusedWrites[0] ?? 0,
            id: node.id,
            field: name,
            expected: [...field.accepted],
            actual: value,
          });
        }
      }
    }
    return { acknowledged: this.acknowledgedCount, present: this.acknowledgedCount - lostWrites.size, lost, refusedButApplied };
  }
}
