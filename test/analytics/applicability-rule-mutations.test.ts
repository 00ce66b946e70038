// The worked cases bite: switching off any one applicability rule makes at least one hand-written row
// of applicability-cases.ts fail. The rows run here through the pure engine (server/src/applicability
// /rules.ts) on the same facts the API would read; applicability-cases.test.ts runs them over HTTP.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelFactsOf, systemFactsOf } from '../../server/src/applicability/facts.js';
import type { NodeRow } from '../../server/src/common/queries.js';
import {
  RULES,
  applicableModelObligations,
  applicableObligations,
  type ObligationFacts,
  type RuleId,
} from '../../server/src/applicability/rules.js';
import { APPLICABILITY_CASES, differences, toRequest, type ApplicabilityCase } from './applicability-cases.js';

interface DataFile {
  nodes: (Record<string, unknown> & { id: string; label: string })[];
  relationships: { type: string; from: string; to: string }[];
}
const read = (file: string) => JSON.parse(readFileSync(new URL(`../../graph/data/reference/${file}`, import.meta.url), 'utf8')) as DataFile;
const act = read('eu-ai-act.json');
const catalogue = read('obligations.json');
const refs = new Map(act.nodes.map((node) => [node.id, node.ref as string]));
const articleOf = new Map(catalogue.relationships.filter((r) => r.type === 'DERIVED_FROM').map((r) => [r.from, refs.get(r.to) ?? null]));

/** The obligations as facts.ts reads them from the graph. */
const OBLIGATIONS: ObligationFacts[] = catalogue.nodes
  .filter((node) => node.label === 'Obligation')
  .map((node) => ({
    id: node.id,
    code: node.code as string,
    roles: node.roles as ObligationFacts['roles'],
    riskClass: node.riskClass as ObligationFacts['riskClass'],
    paragraph: (node.paragraph as string | undefined) ?? null,
    articleRef: articleOf.get(node.id) ?? null,
    appliesFrom: node.appliesFrom as string,
    appliesFromAnnexIProducts: (node.appliesFromAnnexIProducts as string | undefined) ?? null,
    amendedAppliesFrom: (node.amendedAppliesFrom as string | undefined) ?? null,
    amendedAppliesFromAnnexIProducts: (node.amendedAppliesFromAnnexIProducts as string | undefined) ?? null,
    amendmentStatus: (node.amendmentStatus as string | undefined) ?? null,
  }));

/** A node as the graph would hold the create input (absent facts absent). */
function nodeOf(input: Record<string, unknown>): NodeRow {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined)) as NodeRow;
}

/** The row's differences from the table when the engine runs with `disabled` switched off. */
function evaluate(row: ApplicabilityCase, disabled: ReadonlySet<RuleId>): string[] {
  const request = toRequest(row);
  const options = { asOf: request.asOf, useAmendedDates: request.useAmendedDates, amendment: request.amendment, disabledRules: disabled };
  let answers;
  if (request.askAbout === 'system') {
    answers = applicableObligations(systemFactsOf(nodeOf(request.system as Record<string, unknown>)), OBLIGATIONS, options);
  } else {
    // A model its vendor supplies is not the organisation's to provide: facts.ts never reads it.
    answers = request.modelSuppliedByVendor
      ? []
      : applicableModelObligations(modelFactsOf(nodeOf(request.model as Record<string, unknown>)), OBLIGATIONS, options);
  }
  return differences(
    row,
    answers.find((answer) => answer.obligationId === request.obligationId),
  );
}

const NONE = new Set<RuleId>();

describe('the worked applicability cases against the pure engine', () => {
  it('agree with every row when every rule is on', () => {
    const failing = APPLICABILITY_CASES.map((row) => ({ id: row.id, problems: evaluate(row, NONE) })).filter((r) => r.problems.length > 0);
    expect(failing).toEqual([]);
  });

  for (const rule of Object.keys(RULES) as RuleId[]) {
    it(`fail in at least one row without the rule "${rule}" (${RULES[rule]})`, () => {
      const failing = APPLICABILITY_CASES.filter((row) => evaluate(row, new Set([rule])).length > 0).map((row) => row.id);
      expect(failing.length, `no worked case depends on ${rule}`).toBeGreaterThan(0);
    });
  }
});
