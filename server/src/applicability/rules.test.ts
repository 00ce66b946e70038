import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applicabilityOf,
  applicableModelObligations,
  applicableObligations,
  modelApplicabilityOf,
  obligationsStartingBetween,
  usesAmendedDates,
  type AmendmentRecord,
  type ModelFacts,
  type ObligationFacts,
  type SystemFacts,
} from './rules.js';

// The rules against the 60 real obligations of graph/data/reference/obligations.json. Every expected
// value below is written out by hand from the Act's paragraphs named in each test; the worked cases of
// test/analytics/applicability-cases.ts run the same rules through the API.

const reference = JSON.parse(readFileSync(new URL('../../../graph/data/reference/obligations.json', import.meta.url), 'utf8')) as {
  nodes: (Record<string, unknown> & { label: string })[];
};
const OBLIGATIONS: ObligationFacts[] = reference.nodes
  .filter((node) => node.label === 'Obligation')
  .map((node) => ({
    id: node.id as string,
    code: node.code as string,
    roles: node.roles as ObligationFacts['roles'],
    riskClass: node.riskClass as ObligationFacts['riskClass'],
    paragraph: (node.paragraph as string | undefined) ?? null,
    appliesFrom: node.appliesFrom as string,
    appliesFromAnnexIProducts: (node.appliesFromAnnexIProducts as string | undefined) ?? null,
    amendedAppliesFrom: (node.amendedAppliesFrom as string | undefined) ?? null,
    amendedAppliesFromAnnexIProducts: (node.amendedAppliesFromAnnexIProducts as string | undefined) ?? null,
    amendmentStatus: (node.amendmentStatus as string | undefined) ?? null,
  }));
const obligation = (code: string): ObligationFacts => OBLIGATIONS.find((o) => o.code === code)!;

/** A system with every fact known and favourable to no one; tests override what they are about. */
function system(overrides: Partial<SystemFacts>): SystemFacts {
  return {
    id: 'system:t',
    roles: ['PROVIDER'],
    riskClass: 'HIGH_RISK',
    highRiskBasis: 'ANNEX_III',
    annexIIIArea: 'EMPLOYMENT',
    annexIIIPoint: '4(a)',
    annexISection: null,
    article6_3Derogation: null,
    profilesNaturalPersons: false,
    decidesAboutNaturalPersons: true,
    transparencyTriggers: [],
    article25Triggers: [],
    scopeExclusion: null,
    gpaiBased: false,
    lifecycleStage: 'DEPLOYED',
    establishedInUnion: true,
    deployerIsPublicAuthority: false,
    deployerIsPublicServiceBody: false,
    intendedForPublicAuthorities: false,
    annexXComponent: false,
    placedOnMarket: '2026-09-01',
    significantlyChanged: null,
    significantChangeOn: null,
    withdrawnOn: null,
    unitsStillInUse: null,
    ...overrides,
  };
}

const ON = { asOf: '2031-01-01' };
const of = (s: SystemFacts, code: string, options: Parameters<typeof applicabilityOf>[2] = ON) =>
  applicabilityOf(s, obligation(code), options);

describe('corrected scope rules', () => {
  it('Art. 22(1): the authorised representative only for providers established outside the Union; unknown assumes the duty', () => {
    expect(of(system({ establishedInUnion: true }), 'OBL-PROV-HR-AUTHREP')).toBeNull();
    expect(of(system({ establishedInUnion: false }), 'OBL-PROV-HR-AUTHREP')?.missingFacts).toEqual([]);
    const unknown = of(system({ establishedInUnion: null }), 'OBL-PROV-HR-AUTHREP');
    expect(unknown?.missingFacts).toEqual(['establishedInUnion']);
    expect(unknown?.reason).toContain('fact missing — review: establishedInUnion');
  });

  it('Art. 26(8), 49(3): public-authority deployers of Annex III systems other than point 2, never Annex I', () => {
    const deployer = { roles: ['DEPLOYER' as const] };
    expect(of(system({ ...deployer, deployerIsPublicAuthority: true }), 'OBL-DEP-HR-PUBREG')?.appliesFrom).toBe('2026-08-02');
    expect(of(system({ ...deployer, deployerIsPublicAuthority: false }), 'OBL-DEP-HR-PUBREG')).toBeNull();
    expect(of(system({ ...deployer, deployerIsPublicAuthority: null }), 'OBL-DEP-HR-PUBREG')?.missingFacts).toEqual([
      'deployerIsPublicAuthority',
    ]);
    expect(
      of(
        system({ ...deployer, deployerIsPublicAuthority: true, annexIIIArea: 'CRITICAL_INFRASTRUCTURE', annexIIIPoint: '2' }),
        'OBL-DEP-HR-PUBREG',
      ),
    ).toBeNull();
    expect(
      of(
        system({
          ...deployer,
          deployerIsPublicAuthority: true,
          highRiskBasis: 'ANNEX_I',
          annexIIIArea: null,
          annexIIIPoint: null,
          annexISection: 'SECTION_A',
        }),
        'OBL-DEP-HR-PUBREG',
      ),
    ).toBeNull();
  });

  it('Art. 27(1): FRIA for public-service deployers and points 5(b), 5(c); not a private 5(d) triage system', () => {
    const deployer = (facts: Partial<SystemFacts>) => system({ roles: ['DEPLOYER'], annexIIIArea: 'ESSENTIAL_SERVICES', ...facts });
    expect(of(deployer({ annexIIIPoint: '5(b)' }), 'OBL-DEP-HR-FRIA')).not.toBeNull();
    expect(of(deployer({ annexIIIPoint: '5(c)' }), 'OBL-DEP-HR-FRIA-NOTIFY')).not.toBeNull();
    expect(of(deployer({ annexIIIPoint: '5(d)' }), 'OBL-DEP-HR-FRIA')).toBeNull();
    expect(of(deployer({ annexIIIPoint: '5(d)', deployerIsPublicServiceBody: true }), 'OBL-DEP-HR-FRIA')).not.toBeNull();
    expect(of(deployer({ annexIIIPoint: null }), 'OBL-DEP-HR-FRIA')?.missingFacts).toEqual(['annexIIIPoint']);
    expect(of(deployer({ annexIIIPoint: '5(a)', deployerIsPublicServiceBody: null }), 'OBL-DEP-HR-FRIA')?.missingFacts).toEqual([
      'deployerIsPublicServiceBody',
    ]);
  });

  it('Art. 6(4) and 49(2): derogated Annex III systems get the assessment and registration; high-risk systems never get 6(4)', () => {
    const derogated = system({ riskClass: 'MINIMAL', highRiskBasis: null, article6_3Derogation: 'D_PREPARATORY_TASK' });
    expect(of(derogated, 'OBL-PROV-HR-CLASSIFY')?.legalBasis).toContain('Art. 6(3)');
    expect(of(derogated, 'OBL-PROV-HR-REGISTER')?.legalBasis).toContain('Art. 49(2)');
    expect(of(derogated, 'OBL-PROV-HR-RMS')).toBeNull();
    expect(of(system({}), 'OBL-PROV-HR-CLASSIFY')).toBeNull();
    expect(of(system({}), 'OBL-PROV-HR-REGISTER')).not.toBeNull();
    // Profiling unknown: the derogation may be void, so the high-risk duties apply too, naming the fact.
    const inDoubt = { ...derogated, profilesNaturalPersons: null };
    expect(of(inDoubt, 'OBL-PROV-HR-RMS')?.missingFacts).toEqual(['profilesNaturalPersons']);
  });

  it('Art. 5: the prohibition on placing on the market binds importers too', () => {
    const imported = system({ roles: ['IMPORTER'], riskClass: 'PROHIBITED', highRiskBasis: null });
    expect(of(imported, 'OBL-PROV-PROH-PRACTICES')?.roles).toEqual(['IMPORTER']);
  });

  it('Art. 25(1) and 25(3): value-chain operators and Annex I section A manufacturers become providers', () => {
    const rebranded = system({ roles: ['DISTRIBUTOR'], article25Triggers: ['NAME_OR_TRADEMARK'] });
    expect(of(rebranded, 'OBL-PROV-HR-QMS')?.reason).toContain('PROVIDER under Art. 25(1)');
    expect(of(system({ roles: ['DISTRIBUTOR'] }), 'OBL-PROV-HR-QMS')).toBeNull();
    const annexI = { highRiskBasis: 'ANNEX_I' as const, annexIIIArea: null, annexIIIPoint: null, roles: ['PRODUCT_MANUFACTURER' as const] };
    expect(of(system({ ...annexI, annexISection: 'SECTION_A' }), 'OBL-PROV-HR-QMS')?.appliesFrom).toBe('2027-08-02');
    expect(of(system({ ...annexI, annexISection: 'SECTION_B' }), 'OBL-PROV-HR-QMS')).toBeNull();
    expect(of(system({ ...annexI, annexISection: null }), 'OBL-PROV-HR-QMS')?.missingFacts).toEqual(['annexISection']);
  });

  it('Art. 50(3): biometric categorisation triggers the deployer duty beside emotion recognition', () => {
    const s = system({
      roles: ['DEPLOYER'],
      riskClass: 'TRANSPARENCY',
      highRiskBasis: null,
      transparencyTriggers: ['BIOMETRIC_CATEGORISATION'],
    });
    expect(of(s, 'OBL-DEP-TR-EMOTION')).not.toBeNull();
  });
});

describe('Art. 111 transitional rules', () => {
  const legacy = (facts: Partial<SystemFacts>) => system({ placedOnMarket: '2024-05-01', ...facts });

  it('111(2): placed before 2026-08-02 and never changed: no high-risk duty; public-authority use: 2030-08-02', () => {
    expect(
      applicableObligations(legacy({ significantlyChanged: false }), OBLIGATIONS, ON).filter((a) => a.obligationId.includes('-HR-')),
    ).toEqual([]);
    expect(of(legacy({ significantlyChanged: false, intendedForPublicAuthorities: true }), 'OBL-PROV-HR-RMS')?.appliesFrom).toBe(
      '2030-08-02',
    );
    expect(of(legacy({ significantlyChanged: false, intendedForPublicAuthorities: null }), 'OBL-PROV-HR-RMS')?.missingFacts).toEqual([
      'intendedForPublicAuthorities',
    ]);
  });

  it('111(2): a significant change binds from its date; an unknown change assumes the duty', () => {
    const changed = of(legacy({ significantlyChanged: true, significantChangeOn: '2027-03-01' }), 'OBL-PROV-HR-RMS');
    expect([changed?.appliesFrom, changed?.dateBasis]).toEqual(['2027-03-01', 'Art. 111(2) (significant change in design)']);
    expect(of(legacy({ significantlyChanged: null }), 'OBL-PROV-HR-RMS')?.missingFacts).toEqual(['significantlyChanged']);
  });

  it('111(1): Annex X components placed before 2027-08-02 comply by 2030-12-31', () => {
    expect(of(system({ annexXComponent: true, placedOnMarket: '2027-01-10' }), 'OBL-PROV-HR-RMS')?.appliesFrom).toBe('2030-12-31');
  });

  it('111(3): GPAI models placed before 2025-08-02 comply by 2027-08-02', () => {
    const model: ModelFacts = {
      id: 'model:m',
      name: 'm',
      gpai: true,
      systemicRisk: false,
      openWeights: false,
      licence: 'PROPRIETARY',
      establishedInUnion: true,
      placedOnMarket: '2024-03-01',
    };
    expect(modelApplicabilityOf(model, obligation('OBL-PROV-GPAI-TECHDOC'), ON)?.appliesFrom).toBe('2027-08-02');
    expect(modelApplicabilityOf({ ...model, placedOnMarket: null }, obligation('OBL-PROV-GPAI-TECHDOC'), ON)?.missingFacts).toEqual([
      'placedOnMarket',
    ]);
  });
});

describe('retired systems', () => {
  const retired = (facts: Partial<SystemFacts>) =>
    system({ lifecycleStage: 'RETIRED', placedOnMarket: '2026-09-01', withdrawnOn: '2028-01-15', ...facts });

  it('keep Art. 18 for ten years from placing, Art. 19 for six months from withdrawal, 20/72/73 while units are in use', () => {
    expect(of(retired({}), 'OBL-PROV-HR-DOCKEEP')?.appliesUntil).toBe('2036-09-01');
    expect(of(retired({}), 'OBL-PROV-HR-LOGKEEP')?.appliesUntil).toBe('2028-07-15');
    expect(of(retired({ unitsStillInUse: false }), 'OBL-PROV-HR-PMM')).toBeNull();
    expect(of(retired({ unitsStillInUse: true }), 'OBL-PROV-HR-PMM')).not.toBeNull();
    expect(of(retired({ unitsStillInUse: null }), 'OBL-PROV-HR-INCIDENT')?.missingFacts).toEqual(['unitsStillInUse']);
    expect(of(retired({}), 'OBL-PROV-HR-RMS')).toBeNull();
    const listed = applicableObligations(retired({ unitsStillInUse: false }), OBLIGATIONS, { asOf: '2030-01-01' }).map(
      (a) => a.obligationId,
    );
    expect(listed).toEqual(['obligation:OBL-PROV-HR-DOCKEEP']);
  });
});

describe('GPAI duties attach to models', () => {
  const model: ModelFacts = {
    id: 'model:m',
    name: 'm',
    gpai: true,
    systemicRisk: false,
    openWeights: true,
    licence: 'FREE_AND_OPEN_SOURCE',
    establishedInUnion: false,
    placedOnMarket: '2026-01-01',
  };

  it('systems get none of them, even when built on a GPAI model', () => {
    const s = system({ riskClass: 'MINIMAL', highRiskBasis: null, gpaiBased: true });
    expect(applicableObligations(s, OBLIGATIONS, ON).filter((a) => a.obligationId.includes('GPAI'))).toEqual([]);
  });

  it('53(2), 54(6): a free and open-source model with public weights is exempt unless it has systemic risk; open weights alone are not', () => {
    const codes = (m: ModelFacts) =>
      applicableModelObligations(m, OBLIGATIONS, ON).map((a) => a.obligationId.replace('obligation:OBL-PROV-', ''));
    expect(codes(model)).toEqual(['GPAI-COPYRIGHT', 'GPAI-SUMMARY']);
    expect(codes({ ...model, licence: 'OPEN_WEIGHTS_RESTRICTED' })).toEqual([
      'GPAI-AUTHREP',
      'GPAI-COPYRIGHT',
      'GPAI-DOWNSTREAM',
      'GPAI-SUMMARY',
      'GPAI-TECHDOC',
    ]);
    expect(codes({ ...model, systemicRisk: true })).toContain('GPAI-TECHDOC');
    expect(modelApplicabilityOf({ ...model, licence: null }, obligation('OBL-PROV-GPAI-TECHDOC'), ON)?.missingFacts).toEqual(['licence']);
  });
});

const baseSystem = system;

describe('the Digital Omnibus', () => {
  const recorded: AmendmentRecord = { inForce: true, inForceSince: '2026-07-24', officialJournal: 'OJ L, 2026/0000' };

  it('the default basis follows the amendment record on the date asked about', () => {
    expect(usesAmendedDates({ amendment: null }, '2027-01-01')).toBe(false);
    expect(usesAmendedDates({ amendment: recorded }, '2026-07-01')).toBe(false);
    expect(usesAmendedDates({ amendment: recorded }, '2027-01-01')).toBe(true);
    expect(usesAmendedDates({ amendment: recorded, useAmendedDates: false }, '2027-01-01')).toBe(false);
  });

  it('amended dates carry their legal status; registration stays and says it is unsettled', () => {
    // Placed after every cut-off, so Art. 111(2) plays no part here.
    const system = (facts: Partial<SystemFacts>) => baseSystem({ placedOnMarket: '2028-02-01', ...facts });
    const notRecorded = of(system({}), 'OBL-PROV-HR-RMS', { ...ON, useAmendedDates: true });
    expect([notRecorded?.appliesFrom, notRecorded?.legalStatus]).toEqual(['2027-12-02', 'AMENDMENT_NOT_IN_FORCE']);
    const inForce = of(system({}), 'OBL-PROV-HR-RMS', { ...ON, amendment: recorded });
    expect([inForce?.appliesFrom, inForce?.legalStatus]).toEqual(['2027-12-02', 'IN_FORCE']);
    expect(of(system({}), 'OBL-PROV-HR-RMS', { ...ON, amendment: recorded, useAmendedDates: false })?.legalStatus).toBe('SUPERSEDED');
    const registration = of(system({}), 'OBL-PROV-HR-REGISTER', { ...ON, useAmendedDates: true });
    expect([registration?.appliesFrom, registration?.legalStatus]).toEqual(['2026-08-02', 'UNSETTLED']);
    const publicRegistration = of(system({ roles: ['DEPLOYER'], deployerIsPublicAuthority: true }), 'OBL-DEP-HR-PUBREG', {
      ...ON,
      useAmendedDates: true,
    });
    expect([publicRegistration?.appliesFrom, publicRegistration?.legalStatus]).toEqual(['2026-08-02', 'UNSETTLED']);
  });

  it('a system placed between 2026-08-02 and the amended date is bound, and the answer says the cut-off is unsettled', () => {
    const between = of(system({ placedOnMarket: '2026-10-01' }), 'OBL-PROV-HR-RMS', { ...ON, useAmendedDates: true });
    expect([between?.appliesFrom, between?.legalStatus]).toEqual(['2027-12-02', 'UNSETTLED']);
  });

  it('Art. 50(2) under the Omnibus: systems placed before 2026-08-02 have until 2026-12-02', () => {
    const generator = system({
      riskClass: 'TRANSPARENCY',
      highRiskBasis: null,
      transparencyTriggers: ['GENERATED_CONTENT'],
      placedOnMarket: '2025-05-01',
    });
    expect(of(generator, 'OBL-PROV-TR-MARKING', { ...ON, useAmendedDates: true })?.appliesFrom).toBe('2026-12-02');
    expect(of(generator, 'OBL-PROV-TR-MARKING', { ...ON, useAmendedDates: false })?.appliesFrom).toBe('2026-08-02');
  });

  it('what starts between two dates uses the record on the range end', () => {
    const starting = obligationsStartingBetween(system({}), OBLIGATIONS, { from: '2027-12-01', to: '2027-12-31', amendment: recorded });
    expect(starting.map((a) => a.obligationId)).toContain('obligation:OBL-PROV-HR-RMS');
  });
});

describe('scope (Art. 2)', () => {
  it('excluded systems have no duties; 2(12) does not exclude high-risk systems; 2(10) removes deployer duties only', () => {
    expect(applicableObligations(system({ scopeExclusion: 'MILITARY_DEFENCE_NATIONAL_SECURITY' }), OBLIGATIONS, ON)).toEqual([]);
    expect(applicableObligations(system({ scopeExclusion: 'FREE_OPEN_SOURCE_SYSTEM' }), OBLIGATIONS, ON).length).toBeGreaterThan(0);
    expect(
      applicableObligations(
        system({ riskClass: 'MINIMAL', highRiskBasis: null, scopeExclusion: 'FREE_OPEN_SOURCE_SYSTEM' }),
        OBLIGATIONS,
        ON,
      ),
    ).toEqual([]);
    const personal = applicableObligations(system({ roles: ['DEPLOYER'], scopeExclusion: 'PERSONAL_NON_PROFESSIONAL' }), OBLIGATIONS, ON);
    expect(personal).toEqual([]);
  });
});
