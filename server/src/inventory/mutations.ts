import type { GraphExecutor } from '../db/executor.js';
import { badUserInput } from '../common/errors.js';
import { link, nodeWrites, setLink, setLinks } from '../common/mutations.js';
import type { PropertyValues } from '../common/validation.js';
import { annexIIIAreaOfPoint } from '../graph/model.js';
import { ASSESSMENT_LABEL, CLASSIFIED_BY } from '../classification/graph.js';

// Writes to AI systems, models and vendors and the relationships between them (graph/README.md).

/** The field a message names: the one the caller changed, else the one that now conflicts with it. */
function fieldOf(changed: PropertyValues, field: string, otherwise: string): string {
  return field in changed ? `input.${field}` : `input.${otherwise}`;
}

/**
 * highRiskBasis only on HIGH_RISK systems; an Annex III area or point only on ANNEX_III systems or on
 * Annex III systems assessed as not high-risk under Art. 6(3); the point inside the area; no Art. 6(3)
 * derogation for a system that profiles natural persons (Art. 6(3), last subparagraph).
 */
function checkRiskFields(system: PropertyValues, changed: PropertyValues): void {
  if (system.highRiskBasis && system.riskClass !== 'HIGH_RISK') {
    throw badUserInput(
      'highRiskBasis is for HIGH_RISK systems only: clear it (null) or make riskClass HIGH_RISK.',
      fieldOf(changed, 'highRiskBasis', 'riskClass'),
    );
  }
  if (system.article6_3Derogation && system.riskClass === 'HIGH_RISK') {
    throw badUserInput(
      'article6_3Derogation is for Annex III systems the provider assessed as not high-risk: clear it (null) or change riskClass.',
      fieldOf(changed, 'article6_3Derogation', 'riskClass'),
    );
  }
  if (system.article6_3Derogation && system.profilesNaturalPersons === true) {
    throw badUserInput(
      'An Annex III system that profiles natural persons is always high-risk (Art. 6(3), last subparagraph): it cannot take an Art. 6(3) derogation.',
      fieldOf(changed, 'article6_3Derogation', 'profilesNaturalPersons'),
    );
  }
  const annexIII = system.highRiskBasis === 'ANNEX_III' || Boolean(system.article6_3Derogation);
  for (const field of ['annexIIIArea', 'annexIIIPoint']) {
    if (system[field] && !annexIII) {
      throw badUserInput(
        `${field} is for systems whose highRiskBasis is ANNEX_III or that carry an Art. 6(3) derogation: clear it (null) or set one of those.`,
        fieldOf(changed, field, 'highRiskBasis'),
      );
    }
  }
  if (system.annexISection && system.highRiskBasis !== 'ANNEX_I') {
    throw badUserInput('annexISection is for systems whose highRiskBasis is ANNEX_I.', fieldOf(changed, 'annexISection', 'highRiskBasis'));
  }
  if (typeof system.annexIIIPoint === 'string' && system.annexIIIArea) {
    const area = annexIIIAreaOfPoint(system.annexIIIPoint);
    if (area !== system.annexIIIArea) {
      throw badUserInput(
        `Annex III point ${system.annexIIIPoint} belongs to ${area}, not ${system.annexIIIArea as string}.`,
        fieldOf(changed, 'annexIIIPoint', 'annexIIIArea'),
      );
    }
  }
  if (system.significantChangeOn && system.significantlyChanged === false) {
    throw badUserInput(
      'significantChangeOn is given but significantlyChanged is false: clear the date or set significantlyChanged.',
      fieldOf(changed, 'significantChangeOn', 'significantlyChanged'),
    );
  }
}

/** Systemic risk is a property of general-purpose models only. */
function checkSystemicRisk(model: PropertyValues, changed: PropertyValues): void {
  if (model.systemicRisk === true && model.gpai !== true) {
    throw badUserInput(
      'systemicRisk applies to general-purpose (gpai) models only.',
      'systemicRisk' in changed ? 'input.systemicRisk' : 'input.gpai',
    );
  }
}

export const AI_SYSTEM_WRITES = nodeWrites(
  'AISystem',
  'name',
  {
    // Its classification assessments are its history: they go with it (the audit event keeps them).
    parts: [{ type: CLASSIFIED_BY, label: ASSESSMENT_LABEL }],
    check: checkRiskFields,
  },
  [['in', 'GOVERNS', 'Control', 'controls governing it']],
);

export const MODEL_WRITES = nodeWrites('Model', 'name', { check: checkSystemicRisk }, [
  ['in', 'USES_MODEL', 'AISystem', 'AI systems using it'],
  ['in', 'FINE_TUNED_FROM', 'Model', 'models fine-tuned from it'],
]);

export const VENDOR_WRITES = nodeWrites('Vendor', 'name', {}, [
  ['in', 'SUPPLIED_BY', 'Model', 'models it supplies'],
  ['in', 'SUPPLIED_BY', 'AISystem', 'AI systems it supplies'],
]);

const SYSTEM_MODELS = link('AISystem', 'USES_MODEL', 'out', 'Model');
const SYSTEM_VENDORS = link('AISystem', 'SUPPLIED_BY', 'out', 'Vendor');
const SYSTEM_CONTROLS = link('AISystem', 'GOVERNS', 'in', 'Control');
const MODEL_VENDOR = link('Model', 'SUPPLIED_BY', 'out', 'Vendor');
const MODEL_BASE = link('Model', 'FINE_TUNED_FROM', 'out', 'Model');

export const setSystemModels = (db: GraphExecutor, systemId: string, modelIds: readonly string[]) =>
  setLinks(db, SYSTEM_MODELS, { id: systemId, field: 'systemId' }, { ids: modelIds, field: 'modelIds' });

export const setSystemVendors = (db: GraphExecutor, systemId: string, vendorIds: readonly string[]) =>
  setLinks(db, SYSTEM_VENDORS, { id: systemId, field: 'systemId' }, { ids: vendorIds, field: 'vendorIds' });

/** The controls that GOVERN the system. */
export const setSystemControls = (db: GraphExecutor, systemId: string, controlIds: readonly string[]) =>
  setLinks(db, SYSTEM_CONTROLS, { id: systemId, field: 'systemId' }, { ids: controlIds, field: 'controlIds' });

export const setModelVendor = (db: GraphExecutor, modelId: string, vendorId: string | null | undefined) =>
  setLink(db, MODEL_VENDOR, { id: modelId, field: 'modelId' }, { id: vendorId, field: 'vendorId' });

/**
 * Fine-tune chains are linear (one base per model), so a longer chain than this does not occur; the
 * bound keeps the cycle check from walking without end should one ever be loaded.
 */
const MAX_LINEAGE = 100;

/** The model's base, refusing itself and any of its own descendants (a cycle). */
export function setBaseModel(db: GraphExecutor, modelId: string, baseModelId: string | null | undefined) {
  if (baseModelId && baseModelId === modelId) throw badUserInput('A model cannot be fine-tuned from itself.', 'baseModelId');
  return setLink(db, MODEL_BASE, { id: modelId, field: 'modelId' }, { id: baseModelId, field: 'baseModelId' }, async (tx) => {
    if (!baseModelId) return;
    const rows = await tx.run(
      `MATCH (model:Model {id: $modelId}), (base:Model {id: $baseModelId})
       RETURN EXISTS { (base)-[:FINE_TUNED_FROM*1..${MAX_LINEAGE}]->(model) } AS baseDescendsFromModel`,
      { modelId, baseModelId },
    );
    if (rows[0]?.baseDescendsFromModel) {
      throw badUserInput(`${baseModelId} is itself fine-tuned from ${modelId}; a model cannot be its own ancestor.`, 'baseModelId');
    }
  });
}
