import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { GraphExecutor } from '../db/executor.js';
import { badUserInput } from '../common/errors.js';
import { requireNode, withoutNulls } from '../common/mutations.js';
import type { NodeRow } from '../common/queries.js';
import { labelOfIdAmong, propertiesFromInput, type PropertyValues } from '../common/validation.js';
import type { ClassificationAnswer } from '../generated/resolvers-types.js';
import { NODE_SPECS } from '../graph/model.js';
import { graphProperties, type PlainValue } from '../graph/schemas.js';
import { AI_SYSTEM_WRITES } from '../inventory/mutations.js';
import { classify, type AnswerInput, type Classification } from './classify.js';
import { ASSESSMENT_ID_PREFIX, ASSESSMENT_LABEL, CLASSIFIED_BY } from './graph.js';

// Saved classifications: (:AISystem)-[:CLASSIFIED_BY]->(:ClassificationAssessment), one node per save,
// earlier ones kept as history. Like ApiKey and AuditEvent, the label is not in graph/model.ts's
// organisation lists: generic reads and writes cannot reach it, only this module does.

/** A system's history is shown without paging; a bound keeps one answer from growing without end. */
const MAX_ASSESSMENTS_SHOWN = 100;

export interface AssessmentRow {
  id: string;
  assessedAt: string;
  assessedBy: string;
  answers: ClassificationAnswer[];
  result: Classification;
  current: boolean;
  aiSystem: NodeRow;
}

/**
 * The AI system's facts as the outcome gives them. Every classification fact is written, null where
 * the answers make it irrelevant (so an earlier value is cleared); roles only when the answers name
 * some (an out-of-scope system keeps its roles). Out of scope: MINIMAL with the exclusion.
 */
function systemFactsOf(result: Classification, classifiedOn: string): PropertyValues {
  const cleared = (names: readonly (keyof Classification)[]) => Object.fromEntries(names.map((name) => [name, result[name] ?? null]));
  return {
    riskClass: result.riskClass ?? 'MINIMAL',
    scopeExclusion: result.outOfScope ?? null,
    ...cleared(RISK_FACTS),
    transparencyTriggers: result.transparencyTriggers,
    ...(result.roles.length > 0 ? { roles: result.roles } : {}),
    article25Triggers: result.article25Triggers,
    gpaiBased: result.gpai,
    ...cleared(OPERATOR_FACTS),
    classifiedOn,
  };
}

/** Facts the outcome names as the system does, null when the answers leave them out. */
const RISK_FACTS = [
  'highRiskBasis',
  'annexISection',
  'annexIIIArea',
  'annexIIIPoint',
  'article6_3Derogation',
  'profilesNaturalPersons',
  'decidesAboutNaturalPersons',
] as const;
const OPERATOR_FACTS = [
  'establishedInUnion',
  'deployerIsPublicAuthority',
  'deployerIsPublicServiceBody',
  'intendedForPublicAuthorities',
  'annexXComponent',
  'placedOnMarket',
  'significantlyChanged',
  'significantChangeOn',
] as const;

function toAssessmentRow(stored: Record<string, unknown>, aiSystem: NodeRow, current: boolean): AssessmentRow {
  return {
    id: stored.id as string,
    assessedAt: stored.assessedAt as string,
    assessedBy: stored.assessedBy as string,
    answers: JSON.parse(stored.answers as string) as ClassificationAnswer[],
    result: JSON.parse(stored.result as string) as Classification,
    current,
    aiSystem,
  };
}

export interface SaveRequest {
  aiSystemId: string;
  answers: readonly AnswerInput[];
  /** The caller's name, as the audit trail names them. */
  assessedBy: string;
  /** The request's day: the system's classifiedOn. */
  today: string;
}

/**
 * Classifies, refuses incomplete answers, then in ONE write transaction: sets the system's facts,
 * creates the assessment and links it (the executor adds the audit event to the same transaction).
 */
export async function saveClassification(db: GraphExecutor, request: SaveRequest): Promise<AssessmentRow> {
  labelOfIdAmong(request.aiSystemId, ['AISystem'], 'aiSystemId');
  const result = classify(request.answers, 'answers');
  if (!result.complete) {
    throw badUserInput(
      `The answers are incomplete: ${result.openQuestions.length} question(s) still open (${result.openQuestions.join(', ')}). Query.classify shows them.`,
      'answers',
    );
  }
  const changed = propertiesFromInput('AISystem', systemFactsOf(result, request.today), 'update');
  const answers = request.answers.map(({ questionId, value, values }) => ({ questionId, value: value ?? null, values: values ?? null }));
  const assessmentId = `${ASSESSMENT_ID_PREFIX}${randomUUID()}`;
  return db.write(async (tx) => {
    const existing = await requireNode(tx, 'AISystem', request.aiSystemId, 'aiSystemId');
    checkSystemFacts(withoutNulls({ ...existing, ...changed }), changed);
    await tx.touch('AISystem', request.aiSystemId);
    await tx.touch(ASSESSMENT_LABEL, assessmentId);
    const rows = await tx.run(
      `MATCH (s:AISystem {id: $systemId})
       SET s += $facts, s.updatedAt = datetime()
       CREATE (s)-[:${CLASSIFIED_BY}]->(a:${ASSESSMENT_LABEL} {id: $assessmentId})
       SET a.assessedAt = datetime(), a.assessedBy = $assessedBy, a.answers = $answers, a.result = $result
       RETURN s {.*, __label: 'AISystem'} AS system, a {.*} AS assessment`,
      {
        systemId: request.aiSystemId,
        facts: graphProperties(NODE_SPECS.AISystem, changed as Record<string, PlainValue | null>),
        assessmentId,
        assessedBy: request.assessedBy,
        answers: JSON.stringify(answers),
        result: JSON.stringify(result),
      },
    );
    const row = rows[0]!;
    return toAssessmentRow(row.assessment as Record<string, unknown>, row.system as NodeRow, true);
  });
}

/**
 * updateAISystem's checks across the risk facts. The engine only produces consistent facts, so a
 * refusal here means the engine and the checks disagree: reported against the answers as a whole.
 */
function checkSystemFacts(after: PropertyValues, changed: PropertyValues): void {
  try {
    AI_SYSTEM_WRITES.check?.(after, changed);
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
      throw badUserInput(`These answers give the system inconsistent facts: ${error.message}`, 'answers');
    }
    throw error;
  }
}

/** The assessments of each system, newest first (at most MAX_ASSESSMENTS_SHOWN), in one query. */
export async function assessmentsOfSystems(db: GraphExecutor, systemIds: readonly string[]): Promise<Map<string, AssessmentRow[]>> {
  const rows = await db.read(
    `UNWIND $ids AS id
     MATCH (s:AISystem {id: id})
     RETURN id, s {.*, __label: 'AISystem'} AS system, COLLECT {
       MATCH (s)-[:${CLASSIFIED_BY}]->(a:${ASSESSMENT_LABEL})
       WITH a ORDER BY a.assessedAt DESC, a.id DESC
       RETURN a {.*}
       LIMIT ${MAX_ASSESSMENTS_SHOWN}
     } AS assessments`,
    { ids: systemIds },
  );
  return new Map(
    rows.map((row) => [
      row.id as string,
      (row.assessments as Record<string, unknown>[]).map((stored, index) => toAssessmentRow(stored, row.system as NodeRow, index === 0)),
    ]),
  );
}
