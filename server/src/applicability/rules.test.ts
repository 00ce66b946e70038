import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applicabilityOf,
  applicableObligations,
  obligationsStartingBetween,
  type ObligationFacts,
  type Role,
  type SystemFacts,
} from './rules.js';

// The rules against the 60 real obligations of graph/data/reference/obligations.json. Every expected
// list below is written out by hand from the obligation data and the rules of the README.

const reference = JSON.parse(readFileSync(new URL('../../../graph/data/reference/obligations.json', import.meta.url), 'utf8')) as {
  nodes: (ObligationFacts & { label: string })[];
};
const OBLIGATIONS: ObligationFacts[] = reference.nodes
  .filter((node) => node.label === 'Obligation')
  .map((node) => ({
    id: node.id,
    code: node.code,
    roles: node.roles,
    riskClass: node.riskClass,
    paragraph: node.paragraph ?? null,
    appliesFrom: node.appliesFrom,
    appliesFromAnnexIProducts: node.appliesFromAnnexIProducts ?? null,
    amendedAppliesFrom: node.amendedAppliesFrom ?? null,
    amendedAppliesFromAnnexIProducts: node.amendedAppliesFromAnnexIProducts ?? null,
  }));

function system(overrides: Partial<SystemFacts>): SystemFacts {
  return {
    id: 'system:t',
    roles: [],
    riskClass: 'MINIMAL',
    highRiskBasis: null,
    annexIIIArea: null,
    transparencyTriggers: [],
    publicAuthority: false,
    lifecycleStage: 'DEPLOYED',
    ownGpaiModels: [],
    ...overrides,
  };
}

/** code → [date without, date with useAmendedDates]. */
type Expected = Record<string, [string, string]>;

const dated = (codes: string[], original: string, amended = original): Expected =>
  Object.fromEntries(codes.map((code) => [`OBL-${code}`, [original, amended]]));

// Provider high-risk duties that have Annex I and amended dates (Arts. 8–17, 20–22, 43, 47, 48, 72, 73).
const PROVIDER_HR = [
  'PROV-HR-COMPLY', 'PROV-HR-RMS', 'PROV-HR-DATA', 'PROV-HR-TECHDOC', 'PROV-HR-LOGGING', 'PROV-HR-TRANSP',
  'PROV-HR-OVERSIGHT', 'PROV-HR-ACCURACY', 'PROV-HR-GENERAL', 'PROV-HR-QMS', 'PROV-HR-DOCKEEP', 'PROV-HR-LOGKEEP',
  'PROV-HR-CORRECT', 'PROV-HR-COOPERATE', 'PROV-HR-AUTHREP', 'PROV-HR-CONFASSESS', 'PROV-HR-DECLARATION',
  'PROV-HR-CEMARK', 'PROV-HR-PMM', 'PROV-HR-INCIDENT',
];
// Art. 6(4) and Art. 49(1): Annex III only, no amended date recorded.
const PROVIDER_HR_ANNEX_III_ONLY = ['PROV-HR-CLASSIFY', 'PROV-HR-REGISTER'];
// Art. 26 (without 26(8)) and the Art. 25 value-chain duty.
const DEPLOYER_HR = [
  'DEP-HR-USE', 'DEP-HR-OVERSIGHT', 'DEP-HR-INPUTDATA', 'DEP-HR-MONITOR', 'DEP-HR-LOGS', 'DEP-HR-WORKERS',
  'DEP-HR-DPIA', 'DEP-HR-INFORM', 'DEP-HR-COOPERATE', 'VC-HR-BECOMEPROVIDER',
];
const FRIA = ['DEP-HR-FRIA', 'DEP-HR-FRIA-NOTIFY'];
const IMPORTER_HR = ['IMP-HR-VERIFY', 'IMP-HR-NONCONFORM', 'IMP-HR-IDENTIFY', 'IMP-HR-RECORDS', 'VC-HR-BECOMEPROVIDER'];
const DISTRIBUTOR_HR = ['DIST-HR-VERIFY', 'DIST-HR-NONCONFORM', 'DIST-HR-CORRECT', 'VC-HR-BECOMEPROVIDER'];
const GPAI_ALL = ['PROV-GPAI-COPYRIGHT', 'PROV-GPAI-SUMMARY', 'PROV-GPAI-AUTHREP'];
const GPAI_53_1_AB = ['PROV-GPAI-TECHDOC', 'PROV-GPAI-DOWNSTREAM'];
const GPAI_SYSTEMIC = ['PROV-GPAISR-NOTIFY', 'PROV-GPAISR-EVAL', 'PROV-GPAISR-RISK', 'PROV-GPAISR-INCIDENT', 'PROV-GPAISR-CYBER'];

const LITERACY: Record<Role, Expected> = {
  PROVIDER: dated(['PROV-ALL-LITERACY'], '2025-02-02'),
  DEPLOYER: dated(['DEP-ALL-LITERACY'], '2025-02-02'),
  IMPORTER: {},
  DISTRIBUTOR: {},
};

const closedModel = { id: 'model:own', name: 'Own', systemicRisk: false, openWeights: false };

/** [description, role, system, expected obligations (literacy added for providers and deployers)]. */
const CASES: [string, Role, Partial<SystemFacts>, Expected][] = [
  // Minimal risk: AI literacy only.
  ['minimal', 'PROVIDER', {}, {}],
  ['minimal', 'DEPLOYER', {}, {}],
  ['minimal', 'IMPORTER', {}, {}],
  ['minimal', 'DISTRIBUTOR', {}, {}],
  // Prohibited: Art. 5 from 2025-02-02, for providers and deployers.
  ['prohibited', 'PROVIDER', { riskClass: 'PROHIBITED' }, dated(['PROV-PROH-PRACTICES'], '2025-02-02')],
  ['prohibited', 'DEPLOYER', { riskClass: 'PROHIBITED' }, dated(['DEP-PROH-PRACTICES'], '2025-02-02')],
  ['prohibited', 'IMPORTER', { riskClass: 'PROHIBITED' }, {}],
  ['prohibited', 'DISTRIBUTOR', { riskClass: 'PROHIBITED' }, {}],
  // High-risk, Annex III (employment, private): 2026-08-02, amended 2027-12-02 where the Omnibus moves it.
  [
    'high-risk Annex III employment',
    'PROVIDER',
    { riskClass: 'HIGH_RISK', highRiskBasis: 'ANNEX_III', annexIIIArea: 'EMPLOYMENT' },
    { ...dated(PROVIDER_HR, '2026-08-02', '2027-12-02'), ...dated(PROVIDER_HR_ANNEX_III_ONLY, '2026-08-02') },
  ],
  ['high-risk Annex III employment', 'DEPLOYER', { riskClass: 'HIGH_RISK', highRiskBasis: 'ANNEX_III', annexIIIArea: 'EMPLOYMENT' }, dated(DEPLOYER_HR, '2026-08-02', '2027-12-02')],
  ['high-risk Annex III employment', 'IMPORTER', { riskClass: 'HIGH_RISK', highRiskBasis: 'ANNEX_III', annexIIIArea: 'EMPLOYMENT' }, dated(IMPORTER_HR, '2026-08-02', '2027-12-02')],
  ['high-risk Annex III employment', 'DISTRIBUTOR', { riskClass: 'HIGH_RISK', highRiskBasis: 'ANNEX_III', annexIIIArea: 'EMPLOYMENT' }, dated(DISTRIBUTOR_HR, '2026-08-02', '2027-12-02')],
  // Art. 27 FRIA: deployers in Annex III point 5 (essential services) or public authorities.
  [
    'high-risk Annex III essential services',
    'DEPLOYER',
    { riskClass: 'HIGH_RISK', highRiskBasis: 'ANNEX_III', annexIIIArea: 'ESSENTIAL_SERVICES' },
    dated([...DEPLOYER_HR, ...FRIA], '2026-08-02', '2027-12-02'),
  ],
  [
    'high-risk Annex III employment, public authority',
    'DEPLOYER',
    { riskClass: 'HIGH_RISK', highRiskBasis: 'ANNEX_III', annexIIIArea: 'EMPLOYMENT', publicAuthority: true },
    dated([...DEPLOYER_HR, ...FRIA, 'DEP-HR-PUBREG'], '2026-08-02', '2027-12-02'),
  ],
  // Annex III point 2 is outside Art. 27, even for a public authority; 26(8) registration still applies.
  [
    'high-risk Annex III critical infrastructure, public authority',
    'DEPLOYER',
    { riskClass: 'HIGH_RISK', highRiskBasis: 'ANNEX_III', annexIIIArea: 'CRITICAL_INFRASTRUCTURE', publicAuthority: true },
    dated([...DEPLOYER_HR, 'DEP-HR-PUBREG'], '2026-08-02', '2027-12-02'),
  ],
  // High-risk, Annex I product: Art. 113(c) 2027-08-02, amended 2028-08-02; no Annex-III-only duties.
  ['high-risk Annex I', 'PROVIDER', { riskClass: 'HIGH_RISK', highRiskBasis: 'ANNEX_I' }, dated(PROVIDER_HR, '2027-08-02', '2028-08-02')],
  ['high-risk Annex I', 'DEPLOYER', { riskClass: 'HIGH_RISK', highRiskBasis: 'ANNEX_I' }, dated(DEPLOYER_HR, '2027-08-02', '2028-08-02')],
  [
    'high-risk Annex I, public authority (no FRIA)',
    'DEPLOYER',
    { riskClass: 'HIGH_RISK', highRiskBasis: 'ANNEX_I', publicAuthority: true },
    dated([...DEPLOYER_HR, 'DEP-HR-PUBREG'], '2027-08-02', '2028-08-02'),
  ],
  ['high-risk Annex I', 'IMPORTER', { riskClass: 'HIGH_RISK', highRiskBasis: 'ANNEX_I' }, dated(IMPORTER_HR, '2027-08-02', '2028-08-02')],
  ['high-risk Annex I', 'DISTRIBUTOR', { riskClass: 'HIGH_RISK', highRiskBasis: 'ANNEX_I' }, dated(DISTRIBUTOR_HR, '2027-08-02', '2028-08-02')],
  // Transparency: by Art. 50 paragraph and trigger, 2026-08-02, whatever the risk class.
  ['transparency chatbot', 'PROVIDER', { riskClass: 'TRANSPARENCY', transparencyTriggers: ['CHATBOT'] }, dated(['PROV-TR-INTERACTION'], '2026-08-02')],
  ['transparency chatbot', 'DEPLOYER', { riskClass: 'TRANSPARENCY', transparencyTriggers: ['CHATBOT'] }, {}],
  ['transparency generated content', 'PROVIDER', { riskClass: 'TRANSPARENCY', transparencyTriggers: ['GENERATED_CONTENT'] }, dated(['PROV-TR-MARKING'], '2026-08-02')],
  ['transparency emotion recognition', 'DEPLOYER', { riskClass: 'TRANSPARENCY', transparencyTriggers: ['EMOTION_RECOGNITION'] }, dated(['DEP-TR-EMOTION'], '2026-08-02')],
  ['transparency emotion recognition', 'PROVIDER', { riskClass: 'TRANSPARENCY', transparencyTriggers: ['EMOTION_RECOGNITION'] }, {}],
  ['transparency deep fake', 'DEPLOYER', { riskClass: 'TRANSPARENCY', transparencyTriggers: ['DEEP_FAKE'] }, dated(['DEP-TR-DEEPFAKE'], '2026-08-02')],
  ['transparency deep fake', 'IMPORTER', { riskClass: 'TRANSPARENCY', transparencyTriggers: ['DEEP_FAKE'] }, {}],
  [
    'prohibited with an emotion-recognition trigger',
    'DEPLOYER',
    { riskClass: 'PROHIBITED', transparencyTriggers: ['EMOTION_RECOGNITION'] },
    { ...dated(['DEP-PROH-PRACTICES'], '2025-02-02'), ...dated(['DEP-TR-EMOTION'], '2026-08-02') },
  ],
  [
    'high-risk Annex III with a chatbot trigger',
    'PROVIDER',
    { riskClass: 'HIGH_RISK', highRiskBasis: 'ANNEX_III', annexIIIArea: 'EDUCATION', transparencyTriggers: ['CHATBOT'] },
    { ...dated(PROVIDER_HR, '2026-08-02', '2027-12-02'), ...dated(PROVIDER_HR_ANNEX_III_ONLY, '2026-08-02'), ...dated(['PROV-TR-INTERACTION'], '2026-08-02') },
  ],
  // GPAI: providers of a system on their own GPAI model (no vendor), from 2025-08-02.
  ['own closed GPAI model', 'PROVIDER', { ownGpaiModels: [closedModel] }, dated([...GPAI_53_1_AB, ...GPAI_ALL], '2025-08-02')],
  ['own open-weights GPAI model (53(2) exemption)', 'PROVIDER', { ownGpaiModels: [{ ...closedModel, openWeights: true }] }, dated(GPAI_ALL, '2025-08-02')],
  [
    'own GPAI model with systemic risk',
    'PROVIDER',
    { ownGpaiModels: [{ ...closedModel, systemicRisk: true }] },
    dated([...GPAI_53_1_AB, ...GPAI_ALL, ...GPAI_SYSTEMIC], '2025-08-02'),
  ],
  [
    'own open-weights GPAI model with systemic risk (no exemption)',
    'PROVIDER',
    { ownGpaiModels: [{ ...closedModel, systemicRisk: true, openWeights: true }] },
    dated([...GPAI_53_1_AB, ...GPAI_ALL, ...GPAI_SYSTEMIC], '2025-08-02'),
  ],
  ['own GPAI model, deployer only', 'DEPLOYER', { ownGpaiModels: [{ ...closedModel, systemicRisk: true }] }, {}],
  ['own GPAI model, importer', 'IMPORTER', { ownGpaiModels: [closedModel] }, {}],
];

const DATES = ['2025-02-02', '2025-08-02', '2026-08-02', '2027-08-02', '2027-12-02', '2028-08-02'];
/** Each application date, the day before it, and one day far before and after all of them. */
const AS_OF = [
  '2024-08-01',
  ...DATES.flatMap((date) => {
    const before = new Date(`${date}T00:00:00Z`);
    before.setUTCDate(before.getUTCDate() - 1);
    return [before.toISOString().slice(0, 10), date];
  }),
  '2031-01-01',
];

const codesOf = (applicabilities: { obligationId: string }[]) => applicabilities.map((a) => a.obligationId.replace('obligation:', '')).sort();
const withPrefix = (codes: string[]) => codes.map((code) => `OBL-${code}`).sort();

describe('applicableObligations: every role × risk class × application date', () => {
  for (const [description, role, overrides, expectedWithoutLiteracy] of CASES) {
    const expected: Expected = { ...LITERACY[role], ...expectedWithoutLiteracy };
    for (const useAmendedDates of [false, true]) {
      it(`${role} of ${description}${useAmendedDates ? ', amended dates' : ''}`, () => {
        const facts = system({ roles: [role], ...overrides });
        for (const asOf of AS_OF) {
          const want = Object.entries(expected)
            .filter(([, dates]) => dates[useAmendedDates ? 1 : 0] <= asOf)
            .map(([code]) => code)
            .sort();
          expect(codesOf(applicableObligations(facts, OBLIGATIONS, { asOf, useAmendedDates })), `as of ${asOf}`).toEqual(want);
        }
        const dates = Object.fromEntries(
          OBLIGATIONS.map((o) => [o.code, applicabilityOf(facts, o, { useAmendedDates })?.appliesFrom]).filter(([, date]) => date),
        );
        expect(dates).toEqual(Object.fromEntries(Object.entries(expected).map(([code, pair]) => [code, pair[useAmendedDates ? 1 : 0]])));
      });
    }
  }
});

const obligation = (code: string) => OBLIGATIONS.find((o) => o.code === code)!;

describe('applicabilityOf: reasons and date bases', () => {
  it('says who, what and from when, with the article of the date', () => {
    const cv = system({ roles: ['DEPLOYER'], riskClass: 'HIGH_RISK', highRiskBasis: 'ANNEX_III', annexIIIArea: 'EMPLOYMENT' });
    expect(applicabilityOf(cv, obligation('OBL-DEP-HR-OVERSIGHT'), { useAmendedDates: false })).toEqual({
      systemId: 'system:t',
      obligationId: 'obligation:OBL-DEP-HR-OVERSIGHT',
      role: 'DEPLOYER',
      roles: ['DEPLOYER'],
      appliesFrom: '2026-08-02',
      dateBasis: 'Art. 113',
      amended: false,
      reason: 'DEPLOYER of a HIGH_RISK system (Annex III: EMPLOYMENT); applies from 2026-08-02 (Art. 113)',
    });
    expect(applicabilityOf(cv, obligation('OBL-DEP-HR-OVERSIGHT'), { useAmendedDates: true })).toMatchObject({
      appliesFrom: '2027-12-02',
      dateBasis: 'Digital Omnibus on AI, Annex III date',
      amended: true,
      reason: 'DEPLOYER of a HIGH_RISK system (Annex III: EMPLOYMENT); applies from 2027-12-02 (Digital Omnibus on AI, Annex III date)',
    });
    expect(applicabilityOf(cv, obligation('OBL-DEP-ALL-LITERACY'), { useAmendedDates: true })).toMatchObject({
      appliesFrom: '2025-02-02',
      dateBasis: 'Art. 113(a)',
      amended: false,
      reason: 'DEPLOYER of an AI system of any risk class; applies from 2025-02-02 (Art. 113(a))',
    });
  });

  it('uses Art. 113(c) for Annex I products and the Omnibus Annex I date when amended', () => {
    const device = system({ roles: ['DISTRIBUTOR'], riskClass: 'HIGH_RISK', highRiskBasis: 'ANNEX_I' });
    expect(applicabilityOf(device, obligation('OBL-DIST-HR-VERIFY'), { useAmendedDates: false })).toMatchObject({
      appliesFrom: '2027-08-02',
      dateBasis: 'Art. 113(c)',
      amended: false,
      reason: 'DISTRIBUTOR of a HIGH_RISK system (Annex I product); applies from 2027-08-02 (Art. 113(c))',
    });
    expect(applicabilityOf(device, obligation('OBL-DIST-HR-VERIFY'), { useAmendedDates: true })).toMatchObject({
      appliesFrom: '2028-08-02',
      dateBasis: 'Digital Omnibus on AI, Annex I products date',
      amended: true,
    });
  });

  it('keeps the original date, not amended, where the obligation has no Omnibus date', () => {
    const scoring = system({ roles: ['PROVIDER'], riskClass: 'HIGH_RISK', highRiskBasis: 'ANNEX_III', annexIIIArea: 'ESSENTIAL_SERVICES' });
    expect(applicabilityOf(scoring, obligation('OBL-PROV-HR-REGISTER'), { useAmendedDates: true })).toMatchObject({
      appliesFrom: '2026-08-02',
      dateBasis: 'Art. 113',
      amended: false,
    });
  });

  it('names every role the organisation holds that the obligation targets; the first is the role', () => {
    const reseller = system({ roles: ['DISTRIBUTOR', 'IMPORTER', 'DEPLOYER'], riskClass: 'HIGH_RISK', highRiskBasis: 'ANNEX_III', annexIIIArea: 'EDUCATION' });
    expect(applicabilityOf(reseller, obligation('OBL-VC-HR-BECOMEPROVIDER'), { useAmendedDates: false })).toMatchObject({
      role: 'DEPLOYER',
      roles: ['DEPLOYER', 'IMPORTER', 'DISTRIBUTOR'],
      reason: 'DEPLOYER and IMPORTER and DISTRIBUTOR of a HIGH_RISK system (Annex III: EDUCATION); applies from 2026-08-02 (Art. 113)',
    });
  });

  it('explains FRIA, public registration, transparency and GPAI reasons', () => {
    const pricing = system({ roles: ['DEPLOYER'], riskClass: 'HIGH_RISK', highRiskBasis: 'ANNEX_III', annexIIIArea: 'ESSENTIAL_SERVICES' });
    expect(applicabilityOf(pricing, obligation('OBL-DEP-HR-FRIA'), { useAmendedDates: false })?.reason).toBe(
      'DEPLOYER of a HIGH_RISK system (Annex III: ESSENTIAL_SERVICES) in essential services, Annex III point 5 (Art. 27(1)); applies from 2026-08-02 (Art. 113)',
    );
    const municipal = { ...pricing, annexIIIArea: 'EDUCATION', publicAuthority: true };
    expect(applicabilityOf(municipal, obligation('OBL-DEP-HR-PUBREG'), { useAmendedDates: false })?.reason).toBe(
      'DEPLOYER of a HIGH_RISK system (Annex III: EDUCATION) used by a public authority (Art. 26(8)); applies from 2026-08-02 (Art. 113)',
    );
    const chatbot = system({ roles: ['PROVIDER'], riskClass: 'TRANSPARENCY', transparencyTriggers: ['CHATBOT'] });
    expect(applicabilityOf(chatbot, obligation('OBL-PROV-TR-INTERACTION'), { useAmendedDates: false })?.reason).toBe(
      'PROVIDER of a system with the Art. 50(1) trigger CHATBOT; applies from 2026-08-02 (Art. 113)',
    );
    const lab = system({ roles: ['PROVIDER'], ownGpaiModels: [{ ...closedModel, name: 'Atlas', systemicRisk: true }] });
    expect(applicabilityOf(lab, obligation('OBL-PROV-GPAISR-EVAL'), { useAmendedDates: false })?.reason).toBe(
      'PROVIDER of a system built on its own GPAI model with systemic risk (Atlas); applies from 2025-08-02 (Art. 113(b))',
    );
  });

  it('gives a retired system no obligations', () => {
    const retired = system({ roles: ['PROVIDER', 'DEPLOYER'], riskClass: 'HIGH_RISK', highRiskBasis: 'ANNEX_III', lifecycleStage: 'RETIRED' });
    expect(applicableObligations(retired, OBLIGATIONS, { asOf: '2031-01-01', useAmendedDates: false })).toEqual([]);
  });

  it('gives a system with no roles no obligations', () => {
    expect(applicableObligations(system({ riskClass: 'HIGH_RISK', highRiskBasis: 'ANNEX_III' }), OBLIGATIONS, { asOf: '2031-01-01', useAmendedDates: false })).toEqual([]);
  });

  it('orders by date, then obligation code', () => {
    const chatbot = system({ roles: ['PROVIDER'], riskClass: 'TRANSPARENCY', transparencyTriggers: ['CHATBOT'], ownGpaiModels: [closedModel] });
    const list = applicableObligations(chatbot, OBLIGATIONS, { asOf: '2030-01-01', useAmendedDates: false });
    expect(list.map((a) => `${a.appliesFrom} ${a.obligationId}`)).toEqual([
      '2025-02-02 obligation:OBL-PROV-ALL-LITERACY',
      '2025-08-02 obligation:OBL-PROV-GPAI-AUTHREP',
      '2025-08-02 obligation:OBL-PROV-GPAI-COPYRIGHT',
      '2025-08-02 obligation:OBL-PROV-GPAI-DOWNSTREAM',
      '2025-08-02 obligation:OBL-PROV-GPAI-SUMMARY',
      '2025-08-02 obligation:OBL-PROV-GPAI-TECHDOC',
      '2026-08-02 obligation:OBL-PROV-TR-INTERACTION',
    ]);
  });
});

describe('obligationsStartingBetween', () => {
  const scoring = system({ roles: ['DEPLOYER'], riskClass: 'HIGH_RISK', highRiskBasis: 'ANNEX_III', annexIIIArea: 'ESSENTIAL_SERVICES' });

  it('keeps the obligations whose date falls in the range, both ends inclusive', () => {
    expect(codesOf(obligationsStartingBetween(scoring, OBLIGATIONS, { from: '2025-02-02', to: '2025-02-02', useAmendedDates: false }))).toEqual(['OBL-DEP-ALL-LITERACY']);
    expect(obligationsStartingBetween(scoring, OBLIGATIONS, { from: '2025-02-03', to: '2026-08-01', useAmendedDates: false })).toEqual([]);
    expect(codesOf(obligationsStartingBetween(scoring, OBLIGATIONS, { from: '2026-07-01', to: '2026-09-30', useAmendedDates: false }))).toEqual(
      withPrefix([...DEPLOYER_HR, ...FRIA]),
    );
  });

  it('moves with the amended dates', () => {
    expect(obligationsStartingBetween(scoring, OBLIGATIONS, { from: '2026-07-01', to: '2026-09-30', useAmendedDates: true })).toEqual([]);
    expect(codesOf(obligationsStartingBetween(scoring, OBLIGATIONS, { from: '2027-10-01', to: '2027-12-31', useAmendedDates: true }))).toEqual(
      withPrefix([...DEPLOYER_HR, ...FRIA]),
    );
  });
});
